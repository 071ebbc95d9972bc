import { Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import {
  entryAnimation,
  EVERY_TICK,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  TICK_STYLE,
} from './chart-kit.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';
import { CIRCLE_Y, visitMarkGeometry, visitsModel, type Visit } from './visits-model.ts';

/** The visits of visits-model.ts as numbered circles on a time axis. */
export function VisitsChart({ width, height }: ChartProps) {
  const { model, lang, animate } = useChartModel(visitsModel);

  return (
    <ChartFrame chartId="visits" {...frameProps(model)} width={width} height={height}>
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
            domain={[...model.domain]}
            ticks={[...model.ticks]}
            tickFormatter={(y: number) => formatYear(lang, y)}
            tick={{ ...TICK_STYLE, fontSize: LABEL_FONT, fontWeight: 600 }}
            interval={EVERY_TICK}
            tickLine={{ stroke: PALETTE.ink }}
            axisLine={{ stroke: PALETTE.ink, strokeWidth: 2 }}
            height={44}
            allowDecimals={false}
          />
          <YAxis type="number" dataKey="y" domain={[0, 1]} hide />
          <YearRule years={model.ticks} />
          <Scatter
            id={seriesId('visits')}
            data={[...model.visits]}
            {...entryAnimation(animate)}
            shape={(p: { cx?: number; cy?: number; payload?: Visit }) => {
              const cx = p.cx ?? 0;
              const cy = p.cy ?? 0;
              const visit = p.payload;
              if (!visit) return <g />;
              const { latest, note: noteLines } = visit;
              const { radius, noteY } = visitMarkGeometry(visit, cy);
              return (
                <g>
                  <circle
                    cx={cx}
                    cy={cy}
                    r={radius}
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
                    {formatNumber(lang, visit.n)}
                  </text>
                  {noteLines.length > 0 && (
                    <text x={cx} y={noteY} textAnchor="middle" style={{ ...LABEL_STYLE }}>
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
