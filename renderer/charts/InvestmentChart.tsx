import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { FDI_INFLOWS, FIGURES } from '../data/figures.ts';
import { formatBn } from '../data/format-bn.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatYear } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import {
  CATEGORY_AXIS_PROPS,
  entryAnimation,
  LABEL_STYLE,
  linearExtent,
  seriesId,
  TITLE_FONT,
  TOOLTIP_STYLE,
  VALUE_AXIS_PROPS,
} from './chart-kit.ts';

/** The small capitals heading each half of the figure. */
const EYEBROW_STYLE = {
  fontSize: 22,
  fontWeight: 600,
  textTransform: 'uppercase',
  letterSpacing: '0.06em',
} as const;

/**
 * China's investment in Kazakhstan: the article's cumulative 2005–2023 figure as one large
 * number, beside the yearly inflows (2022, 2023) as bars, so a total is never drawn as if
 * it were comparable to a single year.
 */
export function InvestmentChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const [from, to] = FIGURES.investment.period;
  const rows = FDI_INFLOWS.map((r) => ({ year: String(r.year), value: r.value }));
  const axis = linearExtent(Math.max(...rows.map((r) => r.value)), 4);
  const fmt = (bn: number) => formatBn(lang, bn, 2);
  const period = `${formatYear(lang, from)}–${formatYear(lang, to)}`;

  const table = {
    caption: t('charts.investment.tableCaption'),
    head: [
      t('charts.investment.measure'),
      t('charts.investment.period'),
      t('charts.investment.value'),
    ],
    rows: [
      [t('charts.investment.cumulativeRow'), period, formatBn(lang, FIGURES.investment.value)],
      ...FDI_INFLOWS.map((r) => [
        t('charts.investment.yearlyRow'),
        formatYear(lang, r.year),
        fmt(r.value),
      ]),
    ],
  };

  return (
    <ChartFrame
      chartId="investment"
      title={t('charts.investment.title')}
      sources={['article', 'nbk']}
      table={table}
      width={width}
      height={height}
      marks={rows.length + 1}
    >
      {(size) => {
        const left = Math.round(size.width * 0.42);
        const right = size.width - left;
        const total = formatBn(lang, FIGURES.investment.value);
        // As large as fits the panel (its padding and border take about 110 px).
        const bigFont = Math.min(
          TITLE_FONT * 4,
          Math.floor((left - 32 - 110) / (total.length * 0.62)),
        );
        return (
          <div style={{ display: 'flex', width: size.width, height: size.height, gap: 0 }}>
            <div
              style={{
                width: left - 32,
                marginRight: 32,
                height: size.height,
                boxSizing: 'border-box',
                padding: '24px 32px',
                background: PALETTE.vermilionTint,
                borderLeft: `10px solid ${PALETTE.vermilion}`,
                display: 'flex',
                flexDirection: 'column',
                justifyContent: 'center',
                gap: 12,
              }}
            >
              <div style={{ ...EYEBROW_STYLE, color: PALETTE.vermilion }}>
                {t('charts.investment.cumulativeHeading')}
              </div>
              <div
                data-mark="investment-total"
                style={{
                  fontSize: bigFont,
                  lineHeight: 1.05,
                  fontWeight: 700,
                  color: PALETTE.vermilion,
                  whiteSpace: 'nowrap',
                }}
              >
                {total}
              </div>
              <div style={{ fontSize: 24, lineHeight: 1.3 }}>
                {t('charts.investment.cumulativeLabel', {
                  from: formatYear(lang, from),
                  to: formatYear(lang, to),
                })}
              </div>
            </div>
            <div
              style={{
                width: right,
                height: size.height,
                display: 'flex',
                flexDirection: 'column',
              }}
            >
              <div style={{ ...EYEBROW_STYLE, color: PALETTE.steppe }}>
                {t('charts.investment.yearlyHeading')}
              </div>
              <div style={{ fontSize: 22, lineHeight: 1.3, margin: '4px 0 8px' }}>
                {t('charts.investment.yearlyLabel')}
              </div>
              <BarChart
                width={right}
                height={size.height - 100}
                data={rows}
                margin={{ top: 44, right: 16, bottom: 4, left: 8 }}
                barCategoryGap="30%"
                accessibilityLayer={false}
                style={{ fontFamily: FONT_FAMILY }}
              >
                <CartesianGrid vertical={false} stroke={PALETTE.rule} />
                <XAxis
                  dataKey="year"
                  tickFormatter={(y: string) => formatYear(lang, Number(y))}
                  {...CATEGORY_AXIS_PROPS}
                />
                <YAxis
                  {...VALUE_AXIS_PROPS}
                  domain={[0, axis.max]}
                  ticks={axis.ticks}
                  tickFormatter={(v: number) => fmt(v)}
                  width={130}
                />
                <Tooltip
                  cursor={{ fill: PALETTE.steppeTint }}
                  formatter={(v) => [fmt(Number(v)), t('charts.investment.yearlyRow')]}
                  labelFormatter={(y) => formatYear(lang, Number(y))}
                  contentStyle={TOOLTIP_STYLE}
                />
                <Bar
                  id={seriesId('investment')}
                  dataKey="value"
                  fill={PALETTE.steppe}
                  {...entryAnimation(animate)}
                >
                  <LabelList
                    dataKey="value"
                    content={(p: LabelProps) => (
                      <text
                        x={Number(p.x ?? 0) + Number(p.width ?? 0) / 2}
                        y={Number(p.y ?? 0) - 12}
                        textAnchor="middle"
                        style={{ ...LABEL_STYLE, fontWeight: 700 }}
                      >
                        {fmt(Number(p.value ?? 0))}
                      </text>
                    )}
                  />
                </Bar>
              </BarChart>
            </div>
          </div>
        );
      }}
    </ChartFrame>
  );
}
