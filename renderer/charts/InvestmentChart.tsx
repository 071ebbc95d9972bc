import { Bar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatYear } from '../i18n/format.ts';
import { PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { useTooltips } from './use-tooltips.ts';
import {
  CATEGORY_AXIS_PROPS,
  entryAnimation,
  seriesId,
  TOOLTIP_STYLE,
  VALUE_AXIS_PROPS,
} from './chart-kit.ts';
import { barTopLabel, DeckBarChart } from './DeckBarChart.tsx';
import { investmentModel, totalFontSize } from './investment-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

/** The small capitals heading each half of the figure. */
const EYEBROW_STYLE = {
  fontSize: 22,
  fontWeight: 600,
  textTransform: 'uppercase',
  letterSpacing: '0.06em',
} as const;

/** The investment figures (investment-model.ts): a large total beside yearly bars. */
export function InvestmentChart({ width, height }: ChartProps) {
  const tooltips = useTooltips();
  const { model, lang, animate, t } = useChartModel(investmentModel);
  const fmt = model.valueLabel;

  return (
    <ChartFrame chartId="investment" {...frameProps(model)} width={width} height={height}>
      {(size) => {
        const left = Math.round(size.width * 0.42);
        const right = size.width - left;
        const bigFont = totalFontSize(left - 32, model.total);
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
                {model.total}
              </div>
              <div style={{ fontSize: 24, lineHeight: 1.3 }}>{model.totalLabel}</div>
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
              <DeckBarChart
                width={right}
                height={size.height - 100}
                data={model.rows}
                margin={{ top: 44, right: 16, bottom: 4, left: 8 }}
                categoryGap="30%"
              >
                <XAxis
                  dataKey="year"
                  tickFormatter={(y: string) => formatYear(lang, Number(y))}
                  {...CATEGORY_AXIS_PROPS}
                />
                <YAxis
                  {...VALUE_AXIS_PROPS}
                  domain={[0, model.axis.max]}
                  ticks={[...model.axis.ticks]}
                  tickFormatter={(v: number) => fmt(v)}
                  width={130}
                />
                {tooltips && (
                  <Tooltip
                    cursor={{ fill: PALETTE.steppeTint }}
                    formatter={(v) => [fmt(Number(v)), t('charts.investment.yearlyRow')]}
                    labelFormatter={(y) => formatYear(lang, Number(y))}
                    contentStyle={TOOLTIP_STYLE}
                  />
                )}
                <Bar
                  id={seriesId('investment')}
                  dataKey="value"
                  fill={PALETTE.steppe}
                  {...entryAnimation(animate)}
                >
                  <LabelList dataKey="value" content={barTopLabel(fmt)} />
                </Bar>
              </DeckBarChart>
            </div>
          </div>
        );
      }}
    </ChartFrame>
  );
}
