import { Bar, LabelList, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { formatYear } from '../i18n/format.ts';
import { useChartToggle } from '../deck/render-context.ts';
import type { Language } from '../../core/languages.ts';
import { ArrowMarker } from './ArrowMarker.tsx';
import { PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { useTooltips } from './use-tooltips.ts';
import {
  entryAnimation,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  EVERY_TICK,
  TICK_STYLE,
  axisTicks,
  TOOLTIP_STYLE,
} from './chart-kit.ts';
import { barTopLabel, DeckBarChart } from './DeckBarChart.tsx';
import { growthArrowGeometry, tradeGrowthModel, type GrowthRow } from './trade-growth-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

const HATCH_ID = 'trade-growth-target-hatch';

/** The article's 1992 and 2023 trade and the 2030 target, with a log / linear switch. */
export function TradeGrowthChart({ width, height }: ChartProps) {
  const tooltips = useTooltips();
  const [log, toggleLog] = useChartToggle('trade-growth', 'log');
  const { model, lang, animate, t } = useChartModel((text) => tradeGrowthModel(text, log));
  const { rows } = model;

  return (
    <ChartFrame
      chartId="trade-growth"
      {...frameProps(model)}
      width={width}
      height={height}
      toggles={[
        {
          label: t('charts.trade-growth.logScale'),
          pressed: log,
          onToggle: toggleLog,
        },
      ]}
    >
      {(size) => (
        <DeckBarChart
          width={size.width}
          height={size.height}
          data={rows}
          margin={{ top: 44, right: 24, bottom: 8, left: 8 }}
          categoryGap="28%"
          hatch={{ id: HATCH_ID, size: 14, background: PALETTE.paper, stroke: PALETTE.slate }}
        >
          <XAxis
            dataKey="key"
            tick={
              <CategoryTick rows={rows} lang={lang} targetWord={t('charts.trade-growth.target')} />
            }
            tickLine={false}
            axisLine={{ stroke: PALETTE.ink }}
            interval={EVERY_TICK}
            height={62}
          />
          <YAxis
            type="number"
            domain={[...model.domain]}
            ticks={[...model.ticks]}
            allowDataOverflow
            tickFormatter={model.tickLabel}
            {...axisTicks()}
            tickLine={false}
            axisLine={false}
            width={Math.round(LABEL_FONT * 6)}
          />
          {tooltips && (
            <Tooltip
              cursor={{ fill: PALETTE.steppeTint }}
              formatter={(_v, _n, item) => [
                model.valueLabel((item.payload as GrowthRow).value),
                t('charts.trade-growth.trade'),
              ]}
              labelFormatter={(key) => {
                const r = rows.find((x) => x.key === key);
                return r ? model.categoryLabel(r) : '';
              }}
              contentStyle={TOOLTIP_STYLE}
            />
          )}
          <Bar
            id={seriesId('trade-growth')}
            dataKey="plotted"
            {...entryAnimation(animate)}
            minPointSize={3}
            shape={(props: {
              x?: number;
              y?: number;
              width?: number;
              height?: number;
              payload?: GrowthRow;
            }) => {
              const { x = 0, y = 0, width: w = 0, height: h = 0, payload } = props;
              const target = payload?.isTarget ?? false;
              return (
                <rect
                  x={x}
                  y={y}
                  width={w}
                  height={Math.max(0, h)}
                  fill={target ? `url(#${HATCH_ID})` : PALETTE.steppe}
                  stroke={target ? PALETTE.ink : 'none'}
                  strokeWidth={target ? 3 : 0}
                  strokeDasharray={target ? '10 6' : undefined}
                />
              );
            }}
          >
            <LabelList dataKey="value" position="top" content={barTopLabel(model.valueLabel)} />
          </Bar>
          <GrowthArrow
            from="y1992"
            to="y2023"
            fromValue={rows[0]?.plotted ?? 0}
            toValue={rows[1]?.plotted ?? 0}
            label={model.growthLabel}
          />
        </DeckBarChart>
      )}
    </ChartFrame>
  );
}

/** The growth arrow (growthArrowGeometry) drawn on the chart's own scales. */
function GrowthArrow(props: {
  from: string;
  to: string;
  fromValue: number;
  toValue: number;
  label: string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const fromCentre = xScale(props.from, { position: 'middle' });
  const fromBandStart = xScale(props.from, { position: 'start' });
  const toBandStart = xScale(props.to, { position: 'start' });
  const fromTop = yScale(props.fromValue);
  const toTop = yScale(props.toValue);
  if (
    fromCentre === undefined ||
    fromBandStart === undefined ||
    toBandStart === undefined ||
    fromTop === undefined ||
    toTop === undefined
  ) {
    return null;
  }
  const g = growthArrowGeometry(props.label, {
    fromCentre,
    fromBandStart,
    toBandStart,
    fromTop,
    toTop,
  });
  return (
    <g>
      <defs>
        <ArrowMarker
          id="trade-growth-arrowhead"
          color={PALETTE.vermilion}
          size={8}
          orient="auto-start-reverse"
        />
      </defs>
      <path
        d={g.path}
        fill="none"
        stroke={PALETTE.vermilion}
        strokeWidth={3}
        markerEnd="url(#trade-growth-arrowhead)"
      />
      <text
        x={g.labelX}
        y={g.labelY}
        textAnchor="middle"
        style={{ ...LABEL_STYLE, fontSize: g.fontSize, fontWeight: 700, fill: PALETTE.vermilion }}
        stroke={PALETTE.paper}
        strokeWidth={6}
        paintOrder="stroke"
      >
        {g.lines.map((line, i) => (
          <tspan key={i} x={g.labelX} dy={i === 0 ? 0 : g.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** Category tick: the year, and "target" under the target's year. */
function CategoryTick(props: {
  x?: number;
  y?: number;
  payload?: { value?: string };
  rows: readonly GrowthRow[];
  lang: Language;
  targetWord: string;
}) {
  const row = props.rows.find((r) => r.key === props.payload?.value);
  if (!row) return null;
  const x = props.x ?? 0;
  const y = (props.y ?? 0) + TICK_STYLE.fontSize;
  return (
    <text x={x} y={y} textAnchor="middle" style={TICK_STYLE}>
      <tspan x={x}>{formatYear(props.lang, row.year)}</tspan>
      {row.isTarget && (
        <tspan x={x} dy="1.2em" fontWeight={700}>
          {props.targetWord}
        </tspan>
      )}
    </text>
  );
}
