import { Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { formatYear } from '../i18n/format.ts';
import type { Language } from '../../core/languages.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { axisTicks, entryAnimation, LABEL_FONT, seriesId, TICK_STYLE } from './chart-kit.ts';
import {
  LEVEL_HEIGHT,
  LEVELS,
  milestoneLabelGeometry,
  milestonesColumn,
  milestonesModel,
  TICK_ROOM,
  type MilestonePoint,
  type MilestonesModel,
} from './milestones-model.ts';
import { placeTimelineLabels, TIMELINE_LABEL_WIDTH, type LabelSlot } from './timeline-layout.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

/**
 * The milestones of milestones-model.ts on a time axis; labels alternate above and below.
 * A portrait slide runs the axis down the tall slot instead (MilestonesColumnDrawing).
 */
export function MilestonesChart({ width, height }: ChartProps) {
  const { model, lang, animate, orientation } = useChartModel(milestonesModel);

  if (orientation === 'portrait') {
    return (
      <ChartFrame
        chartId="milestones"
        {...frameProps(model)}
        width={width}
        height={height}
        animated={false}
      >
        {(size) => <MilestonesColumnDrawing model={model} lang={lang} {...size} />}
      </ChartFrame>
    );
  }

  return (
    <ChartFrame chartId="milestones" {...frameProps(model)} width={width} height={height}>
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
              domain={[...model.domain]}
              ticks={[...model.ticks]}
              tickFormatter={(y: number) => formatYear(lang, y)}
              {...axisTicks()}
              tickLine={{ stroke: PALETTE.ink }}
              axisLine={{ stroke: PALETTE.ink, strokeWidth: 3 }}
              height={TICK_ROOM}
              allowDecimals={false}
            />
            <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
            <MilestoneLabels points={model.points} ticks={model.ticks} width={size.width} />
            <Scatter
              id={seriesId('milestones')}
              data={[...model.points]}
              {...entryAnimation(animate)}
              shape={(p: { cx?: number; cy?: number; payload?: MilestonePoint }) => (
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
  points: readonly MilestonePoint[];
  ticks: readonly number[];
  width: number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const axisY = y(0);
  if (axisY === undefined) return null;
  const anchors = props.points.map((p) => x(p.t) ?? 0);
  const tickXs = props.ticks.map((year) => x(year) ?? Number.NEGATIVE_INFINITY);
  const slots = placeTimelineLabels(anchors, {
    labelWidth: TIMELINE_LABEL_WIDTH,
    minX: 4,
    maxX: props.width - 4,
    levels: LEVELS,
    gap: 10,
  });
  return (
    <g>
      {props.points.map((p, i) => {
        const slot = slots[i];
        return slot ? (
          <MilestoneLabel key={p.id} slot={slot} axisY={axisY} point={p} tickXs={tickXs} />
        ) : null;
      })}
    </g>
  );
}

function MilestoneLabel(props: {
  slot: LabelSlot;
  axisY: number;
  point: MilestonePoint;
  tickXs: readonly number[];
}) {
  const g = milestoneLabelGeometry(props.slot, props.axisY, props.point.label, props.tickXs);
  return (
    <g>
      <line
        x1={g.leader.x}
        x2={g.leader.x}
        y1={g.leader.fromY}
        y2={g.leader.edgeY}
        stroke={PALETTE.slate}
        strokeWidth={2}
      />
      <line
        x1={g.leader.x1}
        x2={g.leader.x2}
        y1={g.leader.edgeY}
        y2={g.leader.edgeY}
        stroke={PALETTE.slate}
        strokeWidth={2}
      />
      <text
        x={g.left}
        y={g.dateY}
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
        {props.point.date}
      </text>
      <text
        x={g.left}
        y={g.textY}
        style={{ fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fill: PALETTE.ink }}
        stroke={PALETTE.paper}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {g.lines.map((line, i) => (
          <tspan key={i} x={g.left} dy={i === 0 ? 0 : g.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The portrait timeline: time down the axis, years left of it, one label a line or two. */
function MilestonesColumnDrawing(props: {
  model: MilestonesModel;
  lang: Language;
  width: number;
  height: number;
}) {
  const column = milestonesColumn(props.model, props.width, props.height);
  const { axis } = column;
  const text = { fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fill: PALETTE.ink };
  return (
    <ChartSvg width={props.width} height={props.height}>
      <line
        x1={axis.x}
        x2={axis.x}
        y1={axis.top - 8}
        y2={axis.bottom + 8}
        stroke={PALETTE.ink}
        strokeWidth={3}
      />
      {column.ticks.map((tick) => (
        <g key={tick.year}>
          <line
            x1={axis.x - 8}
            x2={axis.x}
            y1={tick.y}
            y2={tick.y}
            stroke={PALETTE.ink}
            strokeWidth={2}
          />
          <text
            x={axis.x - 14}
            y={tick.y + TICK_STYLE.fontSize * 0.35}
            textAnchor="end"
            style={TICK_STYLE}
          >
            {formatYear(props.lang, tick.year)}
          </text>
        </g>
      ))}
      {column.labels.map((label) => (
        <g key={label.id}>
          <path d={label.leader} fill="none" stroke={PALETTE.slate} strokeWidth={2} />
          <circle
            data-mark={`milestone-${label.id}`}
            cx={axis.x}
            cy={label.dotY}
            r={10}
            fill={label.id === 'astana-summit' ? PALETTE.vermilion : PALETTE.steppe}
            stroke={PALETTE.paper}
            strokeWidth={3}
          />
          <text x={label.left} y={label.textY} style={text}>
            <tspan style={{ fontWeight: 700, fill: PALETTE.steppe }}>{label.date}</tspan>
            {label.lines.map((line, i) => (
              <tspan
                key={i}
                x={i === 0 ? undefined : label.left}
                dy={i === 0 ? undefined : label.lineHeight}
              >
                {i === 0 ? ` ${line}` : line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
