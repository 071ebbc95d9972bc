import { Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import type { Language } from '../../core/languages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import {
  axisTicks,
  entryAnimation,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  TICK_STYLE,
} from './chart-kit.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';
import {
  CIRCLE_Y,
  visitMarkGeometry,
  visitsColumn,
  visitsModel,
  type Visit,
  type VisitsModel,
} from './visits-model.ts';

/** The years under (or beside) the visits: larger and bolder than other charts' ticks. */
const YEAR_STYLE = { ...TICK_STYLE, fontSize: LABEL_FONT, fontWeight: 600 };

/**
 * The visits of visits-model.ts as numbered circles on a time axis. A portrait slide runs the
 * axis down its tall slot instead (VisitsColumnDrawing), as the timeline does.
 */
export function VisitsChart({ width, height }: ChartProps) {
  const { model, lang, animate, orientation } = useChartModel(visitsModel);

  if (orientation === 'portrait') {
    return (
      <ChartFrame
        chartId="visits"
        {...frameProps(model)}
        width={width}
        height={height}
        animated={false}
      >
        {(size) => <VisitsColumnDrawing model={model} lang={lang} {...size} />}
      </ChartFrame>
    );
  }

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
            {...axisTicks(YEAR_STYLE)}
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
              const { radius, noteY } = visitMarkGeometry(visit, cy);
              return (
                <g>
                  <VisitMark visit={visit} cx={cx} cy={cy} radius={radius} lang={lang} />
                  {visit.note.length > 0 && (
                    <text x={cx} y={noteY} textAnchor="middle" style={{ ...LABEL_STYLE }}>
                      {visit.note.map((line, i) => (
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

/** A visit's numbered circle, the latest larger and in vermilion. */
function VisitMark(props: {
  visit: Visit;
  cx: number;
  cy: number;
  radius: number;
  lang: Language;
}) {
  const { visit, cx, cy, radius } = props;
  return (
    <>
      <circle
        data-mark={`visit-${visit.year}`}
        cx={cx}
        cy={cy}
        r={radius}
        fill={visit.latest ? PALETTE.vermilion : PALETTE.steppe}
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
          fontSize: visit.latest ? 40 : 32,
          fontWeight: 700,
          fill: PALETTE.paper,
        }}
      >
        {formatNumber(props.lang, visit.n)}
      </text>
    </>
  );
}

/** The portrait visits: time down the axis, each year left of its circle, its note right. */
function VisitsColumnDrawing(props: {
  model: VisitsModel;
  lang: Language;
  width: number;
  height: number;
}) {
  const column = visitsColumn(props.model, props.width, props.height);
  const { axis } = column;
  return (
    <ChartSvg width={props.width} height={props.height}>
      <line
        x1={axis.x}
        x2={axis.x}
        y1={axis.top - 16}
        y2={axis.bottom + 16}
        stroke={PALETTE.ink}
        strokeWidth={2}
      />
      {column.visits.map(({ visit, cy, radius, noteX, noteY, note }) => (
        <g key={visit.year}>
          <text
            x={axis.x - radius - 16}
            y={cy + LABEL_FONT * 0.35}
            textAnchor="end"
            style={YEAR_STYLE}
          >
            {formatYear(props.lang, visit.year)}
          </text>
          <VisitMark visit={visit} cx={axis.x} cy={cy} radius={radius} lang={props.lang} />
          {note.length > 0 && (
            <text x={noteX} y={noteY} style={{ ...LABEL_STYLE }}>
              {note.map((line, i) => (
                <tspan key={i} x={noteX} dy={i === 0 ? 0 : LABEL_FONT * 1.25}>
                  {line}
                </tspan>
              ))}
            </text>
          )}
        </g>
      ))}
    </ChartSvg>
  );
}
