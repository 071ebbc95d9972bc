import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  type LabelProps,
} from 'recharts';
import { DERIVED } from '../data/derived.ts';
import { FIGURES } from '../data/figures.ts';
import { formatBn } from '../data/format-bn.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatFactor, formatYear } from '../i18n/format.ts';
import type { Language } from '../../core/languages.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import {
  entryAnimation,
  fromLogPosition,
  LABEL_FONT,
  LABEL_STYLE,
  linearExtent,
  logExtent,
  seriesId,
  TICK_STYLE,
  toLogPosition,
  TOOLTIP_STYLE,
  wrapWords,
} from './chart-kit.ts';
import { HatchPattern } from './HatchPattern.tsx';

interface Row {
  readonly key: 'y1992' | 'y2023' | 'target';
  readonly year: number;
  readonly value: number;
  readonly isTarget: boolean;
  /** Bar height on the axis in use: the value (linear) or decades above the floor (log). */
  readonly plotted: number;
}

const HATCH_ID = 'trade-growth-target-hatch';

/** The article's 1992 and 2023 trade and the 2030 target, with a log / linear switch. */
export function TradeGrowthChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const [log, setLog] = useState(false);

  const base = [
    { key: 'y1992', year: FIGURES.trade1992.year, value: FIGURES.trade1992.value, isTarget: false },
    { key: 'y2023', year: FIGURES.trade2023.year, value: FIGURES.trade2023.value, isTarget: false },
    {
      key: 'target',
      year: FIGURES.target2030.year,
      value: FIGURES.target2030.value,
      isTarget: true,
    },
  ] as const;
  const values = base.map((r) => r.value);
  const logAxis = logExtent(values);
  const linAxis = linearExtent(Math.max(...values));
  const rows: Row[] = base.map((r) => ({
    ...r,
    plotted: log ? toLogPosition(r.value, logAxis.min) : r.value,
  }));
  const domain: [number, number] = log
    ? [0, toLogPosition(logAxis.max, logAxis.min)]
    : [0, linAxis.max];
  const ticks = log ? logAxis.ticks.map((v) => toLogPosition(v, logAxis.min)) : linAxis.ticks;
  const tickValue = (p: number) => (log ? fromLogPosition(p, logAxis.min) : p);
  const fmt = (bn: number) => formatBn(lang, bn, bn < 1 ? 2 : 1);
  const categoryLabel = (r: Row) =>
    r.isTarget
      ? t('charts.trade-growth.targetLabel', { year: formatYear(lang, r.year) })
      : formatYear(lang, r.year);

  const table = {
    caption: t('charts.trade-growth.tableCaption'),
    head: [
      t('charts.trade-growth.year'),
      t('charts.trade-growth.kind'),
      t('charts.trade-growth.value'),
    ],
    rows: [
      ...rows.map((r) => [
        formatYear(lang, r.year),
        r.isTarget ? t('charts.trade-growth.targetRow') : t('charts.trade-growth.actual'),
        fmt(r.value),
      ]),
    ],
  };

  return (
    <ChartFrame
      chartId="trade-growth"
      title={t('charts.trade-growth.title')}
      sources={['article']}
      table={table}
      width={width}
      height={height}
      marks={3}
      toggles={[
        {
          label: t('charts.trade-growth.logScale'),
          pressed: log,
          onToggle: () => setLog((v) => !v),
        },
      ]}
    >
      {(size) => (
        <BarChart
          width={size.width}
          height={size.height}
          data={rows}
          margin={{ top: 44, right: 24, bottom: 8, left: 8 }}
          barCategoryGap="28%"
          accessibilityLayer={false}
          style={{ fontFamily: FONT_FAMILY }}
        >
          <defs>
            <HatchPattern
              id={HATCH_ID}
              size={14}
              background={PALETTE.paper}
              stroke={PALETTE.slate}
            />
          </defs>
          <CartesianGrid vertical={false} stroke={PALETTE.rule} />
          <XAxis
            dataKey="key"
            tick={
              <CategoryTick rows={rows} lang={lang} targetWord={t('charts.trade-growth.target')} />
            }
            tickLine={false}
            axisLine={{ stroke: PALETTE.ink }}
            interval={0}
            height={62}
          />
          <YAxis
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(p: number) => fmt(tickValue(p))}
            tick={TICK_STYLE}
            tickLine={false}
            axisLine={false}
            width={Math.round(LABEL_FONT * 6)}
          />
          <Tooltip
            cursor={{ fill: PALETTE.steppeTint }}
            formatter={(_v, _n, item) => [
              fmt((item.payload as Row).value),
              t('charts.trade-growth.trade'),
            ]}
            labelFormatter={(key) => {
              const r = rows.find((x) => x.key === key);
              return r ? categoryLabel(r) : '';
            }}
            contentStyle={TOOLTIP_STYLE}
          />
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
              payload?: Row;
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
            <LabelList
              dataKey="value"
              position="top"
              content={(p: LabelProps) => {
                const x = Number(p.x ?? 0);
                const y = Number(p.y ?? 0);
                const w = Number(p.width ?? 0);
                const value = Number(p.value ?? 0);
                return (
                  <text
                    x={x + w / 2}
                    y={y - 12}
                    textAnchor="middle"
                    style={{ ...LABEL_STYLE, fontWeight: 700 }}
                  >
                    {fmt(value)}
                  </text>
                );
              }}
            />
          </Bar>
          <GrowthArrow
            from="y1992"
            to="y2023"
            fromValue={rows[0]?.plotted ?? 0}
            toValue={rows[1]?.plotted ?? 0}
            label={t('charts.trade-growth.growthLabel', {
              growth: formatFactor(lang, DERIVED.growthArticle),
              from: formatYear(lang, FIGURES.trade1992.year),
            })}
          />
        </BarChart>
      )}
    </ChartFrame>
  );
}

/**
 * The growth factor, written above the 1992 bar, with an arrow from it to the top of the
 * 2023 bar.
 */
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
  const x1 = xScale(props.from, { position: 'middle' });
  const bandStart = xScale(props.from, { position: 'start' });
  const x2 = xScale(props.to, { position: 'start' });
  const y1 = yScale(props.fromValue);
  const y2 = yScale(props.toValue);
  if ([x1, bandStart, x2, y1, y2].some((v) => v === undefined)) return null;
  const cx1 = x1 ?? 0;
  const top = y2 ?? 0;
  const bottom = (y1 ?? 0) - 44;
  const band = 2 * (cx1 - (bandStart ?? 0));
  const fontSize = LABEL_FONT + 4;
  const lines = wrapWords(props.label, Math.max(6, Math.floor(band / (fontSize * 0.6))));
  const lineHeight = Math.round(fontSize * 1.15);
  // The label sits halfway between the 1992 value label and the top of the 2023 bar.
  const blockHeight = lines.length * lineHeight;
  const blockTop = Math.max(top + 40, (top + bottom) / 2 - blockHeight / 2 + 20);
  const sx = cx1 + 20;
  const sy = blockTop - fontSize;
  const ex = (x2 ?? 0) - 10;
  const ey = top + 16;
  return (
    <g>
      <defs>
        <marker
          id="trade-growth-arrowhead"
          viewBox="0 0 10 10"
          refX={8}
          refY={5}
          markerWidth={8}
          markerHeight={8}
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={PALETTE.vermilion} />
        </marker>
      </defs>
      <path
        d={`M ${sx} ${sy} Q ${sx} ${ey} ${ex} ${ey}`}
        fill="none"
        stroke={PALETTE.vermilion}
        strokeWidth={3}
        markerEnd="url(#trade-growth-arrowhead)"
      />
      <text
        x={cx1}
        y={blockTop}
        textAnchor="middle"
        style={{ ...LABEL_STYLE, fontSize, fontWeight: 700, fill: PALETTE.vermilion }}
        stroke={PALETTE.paper}
        strokeWidth={6}
        paintOrder="stroke"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={cx1} dy={i === 0 ? 0 : lineHeight}>
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
  rows: readonly Row[];
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
