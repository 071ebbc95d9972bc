import { useTranslation } from 'react-i18next';
import { Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { FIGURES, VISIT_YEARS, VISITS_SOURCE } from '../data/figures.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import {
  entryAnimation,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  TICK_STYLE,
  wrapWords,
} from './chart-kit.ts';

/** The year of the visit during which the Silk Road Economic Belt was announced (milestones). */
const BELT_YEAR = 2013;

/** Height of the circles in the plot (0 = axis, 1 = top), leaving room for notes above. */
const CIRCLE_Y = 0.45;

interface Point {
  readonly year: number;
  readonly n: number;
  readonly y: number;
}

/** Xi Jinping's five visits to Kazakhstan on a time axis, numbered in order. */
export function VisitsChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const points: Point[] = VISIT_YEARS.map((year, i) => ({ year, n: i + 1, y: CIRCLE_Y }));
  const first = VISIT_YEARS[0] ?? 2013;
  const last = VISIT_YEARS[VISIT_YEARS.length - 1] ?? 2024;
  const summitYear = FIGURES.summitOrdinal.year;
  const notes = new Map<number, string>([
    [BELT_YEAR, t('charts.visits.beltNote')],
    [summitYear, t('charts.visits.summitNote')],
  ]);

  const table = {
    caption: t('charts.visits.tableCaption'),
    head: [t('charts.visits.visit'), t('charts.visits.year'), t('charts.visits.note')],
    rows: points.map((p) => [
      formatNumber(lang, p.n),
      formatYear(lang, p.year),
      notes.get(p.year) ?? '',
    ]),
  };

  return (
    <ChartFrame
      chartId="visits"
      title={t('charts.visits.title')}
      sources={[VISITS_SOURCE]}
      table={table}
      width={width}
      height={height}
      marks={points.length}
    >
      {(size) => (
        <ScatterChart
          width={size.width}
          height={size.height}
          margin={{ top: 24, right: 80, bottom: 8, left: 80 }}
          accessibilityLayer={false}
          style={{ fontFamily: FONT_FAMILY }}
        >
          <XAxis
            type="number"
            dataKey="year"
            domain={[first - 1, last + 1]}
            ticks={[...VISIT_YEARS]}
            tickFormatter={(y: number) => formatYear(lang, y)}
            tick={{ ...TICK_STYLE, fontSize: LABEL_FONT, fontWeight: 600 }}
            tickLine={{ stroke: PALETTE.ink }}
            axisLine={{ stroke: PALETTE.ink, strokeWidth: 2 }}
            height={44}
            allowDecimals={false}
          />
          <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
          <YearRule years={VISIT_YEARS} />
          <Scatter
            id={seriesId('visits')}
            data={points}
            {...entryAnimation(animate)}
            shape={(p: { cx?: number; cy?: number; payload?: Point }) => {
              const cx = p.cx ?? 0;
              const cy = p.cy ?? 0;
              const point = p.payload;
              const latest = point?.year === last;
              const note = point ? notes.get(point.year) : undefined;
              const noteLines = note ? wrapWords(note, 20) : [];
              return (
                <g>
                  <circle
                    cx={cx}
                    cy={cy}
                    r={latest ? 48 : 38}
                    fill={latest ? PALETTE.vermilion : PALETTE.steppe}
                    stroke={PALETTE.paper}
                    strokeWidth={3}
                  />
                  <text
                    x={cx}
                    y={cy}
                    textAnchor="middle"
                    dominantBaseline="central"
                    style={{
                      fontFamily: FONT_FAMILY,
                      fontSize: latest ? 40 : 32,
                      fontWeight: 700,
                      fill: PALETTE.paper,
                    }}
                  >
                    {formatNumber(lang, point?.n ?? 0)}
                  </text>
                  {noteLines.length > 0 && (
                    <text
                      x={cx}
                      y={cy - (latest ? 48 : 38) - 20 - (noteLines.length - 1) * LABEL_FONT * 1.25}
                      textAnchor="middle"
                      style={{ ...LABEL_STYLE }}
                    >
                      {noteLines.map((line, i) => (
                        <tspan key={i} x={cx} dy={i === 0 ? 0 : LABEL_FONT * 1.25}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  )}
                </g>
              );
            }}
          />
        </ScatterChart>
      )}
    </ChartFrame>
  );
}

/** Thin vertical rules from each visit's circle down to its year on the axis. */
function YearRule({ years }: { years: readonly number[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const base = y(0);
  const top = y(CIRCLE_Y);
  if (base === undefined || top === undefined) return null;
  return (
    <g>
      {years.map((year) => {
        const px = x(year);
        return px === undefined ? null : (
          <line
            key={year}
            x1={px}
            x2={px}
            y1={top}
            y2={base}
            stroke={PALETTE.slate}
            strokeWidth={2}
          />
        );
      })}
    </g>
  );
}
