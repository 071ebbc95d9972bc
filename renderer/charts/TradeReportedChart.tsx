import {
  Bar,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  type LabelProps,
} from 'recharts';
import { formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { useTooltips } from './use-tooltips.ts';
import {
  CATEGORY_AXIS_PROPS,
  entryAnimation,
  LABEL_STYLE,
  seriesId,
  EVERY_TICK,
  TICK_STYLE,
  TOOLTIP_STYLE,
  VALUE_AXIS_PROPS,
} from './chart-kit.ts';
import { DeckBarChart } from './DeckBarChart.tsx';
import { tradeReportedModel, type ReportedRow } from './trade-reported-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

const KZ_HATCH_ID = 'trade-reported-kz-hatch';
const CATEGORY_GAP = 0.22;

/**
 * China-reported trade for the years a figure exists and, in every such year for which
 * Kazakhstan reports a figure too, Kazakhstan's beside China's, hatched, so the two
 * reporters are compared and never joined (trade-reported-model.ts).
 */
export function TradeReportedChart({ width, height }: ChartProps) {
  const tooltips = useTooltips();
  const { model, lang, animate, t } = useChartModel(tradeReportedModel);
  const { rows, compared } = model;
  const comparedYears = new Set(compared.map((c) => c.year));

  return (
    <ChartFrame chartId="trade-reported" {...frameProps(model)} width={width} height={height}>
      {(size) => (
        <DeckBarChart
          width={size.width}
          height={size.height}
          data={rows}
          margin={{ top: 100, right: 16, bottom: 4, left: 0 }}
          categoryGap={`${CATEGORY_GAP * 100}%`}
          hatch={{
            id: KZ_HATCH_ID,
            size: 10,
            background: PALETTE.steppeTint,
            stroke: PALETTE.steppe,
          }}
        >
          <XAxis
            dataKey="year"
            type="category"
            tickFormatter={(y: string) => formatYear(lang, Number(y))}
            {...CATEGORY_AXIS_PROPS}
            interval={EVERY_TICK}
          />
          <YAxis
            {...VALUE_AXIS_PROPS}
            domain={[0, model.axis.max]}
            ticks={[...model.axis.ticks]}
            tickFormatter={model.tickLabel}
            width={44}
          />
          {tooltips && (
            <Tooltip
              cursor={{ fill: PALETTE.vermilionTint }}
              formatter={(v) => [model.amount(Number(v)), t('charts.trade-reported.china')]}
              labelFormatter={(y) => formatYear(lang, Number(y))}
              contentStyle={TOOLTIP_STYLE}
            />
          )}
          <Bar
            id={seriesId('trade-reported')}
            dataKey="china"
            name={t('charts.trade-reported.china')}
            fill={PALETTE.vermilion}
            {...entryAnimation(animate)}
            minPointSize={2}
            shape={(p: {
              x?: number;
              y?: number;
              width?: number;
              height?: number;
              payload?: ReportedRow;
            }) => {
              const { x = 0, y = 0, width: w = 0, height: h = 0, payload } = p;
              // In a compared year China's bar takes the left half of the usual footprint,
              // Kazakhstan's (KazakhstanBar) the right half.
              const half = comparedYears.has(payload?.year ?? '');
              return (
                <rect
                  x={half ? x - 1 : x}
                  y={y}
                  width={half ? w / 2 : w}
                  height={Math.max(0, h)}
                  fill={PALETTE.vermilion}
                />
              );
            }}
          >
            <LabelList
              dataKey="china"
              content={(p: LabelProps) => {
                const x = Number(p.x ?? 0);
                const y = Number(p.y ?? 0);
                const w = Number(p.width ?? 0);
                const value = Number(p.value ?? 0);
                const index = Number(p.index ?? -1);
                const half = comparedYears.has(rows[index]?.year ?? '');
                return (
                  <text
                    x={half ? x + w / 4 - 1 : x + w / 2}
                    y={y - 10}
                    textAnchor="middle"
                    style={{ ...LABEL_STYLE, fontSize: half ? PAIR_LABEL : 20, fontWeight: 600 }}
                  >
                    {model.barLabel(value)}
                  </text>
                );
              }}
            />
          </Bar>
          {compared.map((c) => (
            <KazakhstanBar
              key={c.year}
              year={c.year}
              value={c.kz.value}
              valueLabel={model.barLabel(c.kz.value)}
            />
          ))}
          <Legend
            china={t('charts.trade-reported.china')}
            kazakhstan={t('charts.trade-reported.kazakhstan')}
            unit={t('charts.trade-reported.axis')}
          />
        </DeckBarChart>
      )}
    </ChartFrame>
  );
}

/** Value labels of a pair of half-width bars: smaller, so that the two never touch. */
const PAIR_LABEL = 17;

/** Kazakhstan's figure for a compared year, beside China's bar, hatched in steppe blue. */
function KazakhstanBar(props: { year: string; value: number; valueLabel: string }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const start = xScale(props.year, { position: 'start' });
  const end = xScale(props.year, { position: 'end' });
  const top = yScale(props.value);
  const bottom = yScale(0);
  if (start === undefined || end === undefined || top === undefined || bottom === undefined) {
    return null;
  }
  const band = end - start;
  // The right half of a bar's footprint (bars fill 1 − barCategoryGap of the band).
  const barW = (band * (1 - CATEGORY_GAP)) / 2;
  const x = start + band / 2 + 1;
  return (
    <g data-mark="kz-reported" data-year={props.year}>
      <rect
        x={x}
        y={top}
        width={barW}
        height={Math.max(0, bottom - top)}
        fill={`url(#${KZ_HATCH_ID})`}
        stroke={PALETTE.steppe}
        strokeWidth={2}
      />
      <text
        x={x + barW / 2}
        y={top - 10}
        textAnchor="middle"
        style={{ ...LABEL_STYLE, fontSize: PAIR_LABEL, fontWeight: 600, fill: PALETTE.steppe }}
      >
        {props.valueLabel}
      </text>
    </g>
  );
}

/** A legend naming who reported each series, and the axis unit (drawn in the top margin). */
function Legend(props: { china: string; kazakhstan: string; unit: string }) {
  const sw = 22;
  return (
    <g style={{ fontFamily: FONT_FAMILY }}>
      <text x={4} y={88} style={{ ...TICK_STYLE, fill: PALETTE.muted }}>
        {props.unit}
      </text>
      <rect x={4} y={4} width={sw} height={sw} fill={PALETTE.vermilion} />
      <text x={4 + sw + 8} y={4 + sw - 4} style={{ ...LABEL_STYLE, fontSize: 20 }}>
        {props.china}
      </text>
      <rect
        x={4}
        y={36}
        width={sw}
        height={sw}
        fill={`url(#${KZ_HATCH_ID})`}
        stroke={PALETTE.steppe}
        strokeWidth={2}
      />
      <text x={4 + sw + 8} y={36 + sw - 4} style={{ ...LABEL_STYLE, fontSize: 20 }}>
        {props.kazakhstan}
      </text>
    </g>
  );
}
