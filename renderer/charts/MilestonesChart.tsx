import { useTranslation } from 'react-i18next';
import { Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import {
  decimalYear,
  formatMilestoneDate,
  MILESTONES,
  type Milestone,
  type MilestoneId,
} from '../data/events.ts';
import { FIGURES } from '../data/figures.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { entryAnimation, LABEL_FONT, seriesId, TICK_STYLE, wrapWords } from './chart-kit.ts';
import {
  placeTimelineLabels,
  TIMELINE_LABEL_CHARS,
  TIMELINE_LABEL_WIDTH,
  TIMELINE_MAX_LINES,
  type LabelSlot,
} from './timeline-layout.ts';

const LABEL_WIDTH = TIMELINE_LABEL_WIDTH;
/** Height of one level of labels: the date and up to three lines. */
const LEVEL_HEIGHT = 108;
const LEVELS = 2;
const TICK_ROOM = 40;
const LINE_HEIGHT = Math.round(LABEL_FONT * 1.2);

interface Point {
  readonly id: MilestoneId;
  readonly t: number;
  readonly y: number;
}

/** The milestones 1992 → 2024 on a time axis; labels alternate above and below. */
export function MilestonesChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const points: Point[] = MILESTONES.map((m) => ({
    id: m.id,
    t: decimalYear(m.date, m.precision),
    y: 0,
  }));
  const label = (id: MilestoneId) => t(`milestones.${id}.label`);
  const detail = (id: MilestoneId) =>
    t(`milestones.${id}.detail`, { members: formatNumber(lang, FIGURES.scoMembers2024.value) });

  const firstYear = Math.floor(points[0]?.t ?? 1992);
  const lastYear = Math.ceil(points[points.length - 1]?.t ?? 2024);
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear; y += 4) ticks.push(y);

  const table = {
    caption: t('charts.milestones.tableCaption'),
    head: [t('charts.milestones.date'), t('charts.milestones.event')],
    rows: MILESTONES.map((m) => [formatMilestoneDate(lang, m), detail(m.id)]),
  };

  return (
    <ChartFrame
      chartId="milestones"
      title={t('charts.milestones.title')}
      sources={['public-records']}
      table={table}
      width={width}
      height={height}
      marks={points.length}
    >
      {(size) => {
        // The axis runs through the middle: labels use the margins above and below it.
        const above = LEVELS * LEVEL_HEIGHT + 8;
        const below = Math.max(TICK_ROOM, size.height - above - 12);
        return (
          <ScatterChart
            width={size.width}
            height={size.height}
            margin={{ top: above, right: 24, bottom: below - TICK_ROOM, left: 24 }}
            accessibilityLayer={false}
            style={{ fontFamily: FONT_FAMILY }}
          >
            <XAxis
              type="number"
              dataKey="t"
              domain={[firstYear - 0.6, lastYear + 0.4]}
              ticks={ticks}
              tickFormatter={(y: number) => formatYear(lang, y)}
              tick={TICK_STYLE}
              tickLine={{ stroke: PALETTE.ink }}
              axisLine={{ stroke: PALETTE.ink, strokeWidth: 3 }}
              height={TICK_ROOM}
              allowDecimals={false}
            />
            <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
            <MilestoneLabels
              milestones={MILESTONES}
              points={points}
              width={size.width}
              label={label}
              date={(m) => formatMilestoneDate(lang, m)}
            />
            <Scatter
              id={seriesId('milestones')}
              data={points}
              {...entryAnimation(animate)}
              shape={(p: { cx?: number; cy?: number; payload?: Point }) => (
                <circle
                  cx={p.cx ?? 0}
                  cy={p.cy ?? 0}
                  r={10}
                  fill={p.payload?.id === 'astana-summit' ? PALETTE.vermilion : PALETTE.steppe}
                  stroke={PALETTE.paper}
                  strokeWidth={3}
                />
              )}
            />
          </ScatterChart>
        );
      }}
    </ChartFrame>
  );
}

/** The labels with their leader lines, placed by placeTimelineLabels on the real axis scale. */
function MilestoneLabels(props: {
  milestones: readonly Milestone[];
  points: readonly Point[];
  width: number;
  label: (id: MilestoneId) => string;
  date: (m: Milestone) => string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const axisY = y(0);
  if (axisY === undefined) return null;
  const anchors = props.points.map((p) => x(p.t) ?? 0);
  const slots = placeTimelineLabels(anchors, {
    labelWidth: LABEL_WIDTH,
    minX: 4,
    maxX: props.width - 4,
    levels: LEVELS,
    gap: 10,
  });
  return (
    <g>
      {props.milestones.map((m, i) => {
        const slot = slots[i];
        return slot ? (
          <MilestoneLabel
            key={m.id}
            slot={slot}
            axisY={axisY}
            date={props.date(m)}
            text={props.label(m.id)}
          />
        ) : null;
      })}
    </g>
  );
}

function MilestoneLabel(props: { slot: LabelSlot; axisY: number; date: string; text: string }) {
  const { slot, axisY } = props;
  const up = slot.side === 'above';
  const lines = wrapWords(props.text, TIMELINE_LABEL_CHARS).slice(0, TIMELINE_MAX_LINES);
  const blockHeight = (lines.length + 1) * LINE_HEIGHT;
  // Labels above sit on their level's floor, labels below hang from its ceiling, so each
  // stays next to the axis whatever its number of lines.
  const levelOffset = slot.level * LEVEL_HEIGHT;
  const top = up ? axisY - 18 - levelOffset - blockHeight : axisY + TICK_ROOM + 6 + levelOffset;
  const left = slot.x - LABEL_WIDTH / 2;
  const edgeY = up ? top + blockHeight + 4 : top - 2;
  return (
    <g>
      {/* Leader: up (or down) from the dot, then along the label's edge to its start. */}
      <line
        x1={slot.anchorX}
        x2={slot.anchorX}
        y1={up ? axisY - 10 : axisY + 10}
        y2={edgeY}
        stroke={PALETTE.slate}
        strokeWidth={2}
      />
      <line
        x1={Math.min(slot.anchorX, left)}
        x2={Math.max(slot.anchorX, left + 32)}
        y1={edgeY}
        y2={edgeY}
        stroke={PALETTE.slate}
        strokeWidth={2}
      />
      <text
        x={left}
        y={top + LINE_HEIGHT - 5}
        style={{
          fontFamily: FONT_FAMILY,
          fontSize: LABEL_FONT,
          fontWeight: 700,
          fill: PALETTE.steppe,
        }}
        stroke={PALETTE.paper}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {props.date}
      </text>
      <text
        x={left}
        y={top + 2 * LINE_HEIGHT - 5}
        style={{ fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fill: PALETTE.ink }}
        stroke={PALETTE.paper}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
