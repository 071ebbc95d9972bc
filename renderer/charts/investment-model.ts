import { FDI_INFLOWS, FIGURES } from '../data/figures.ts';
import { formatBn } from '../data/format-bn.ts';
import { formatYear } from '../i18n/format.ts';
import { linearExtent, TITLE_FONT } from './chart-kit.ts';
import type { ChartText, FrameModel } from './types.ts';

export interface InvestmentModel extends FrameModel {
  /** The yearly inflows, one bar each (the year as a category). */
  readonly rows: readonly { readonly year: string; readonly value: number }[];
  readonly axis: { readonly max: number; readonly ticks: readonly number[] };
  readonly valueLabel: (bn: number) => string;
  /** The cumulative total as the large number, and its period's words. */
  readonly total: string;
  readonly totalLabel: string;
}

/**
 * China's investment in Kazakhstan: the article's cumulative 2005–2023 figure as one large
 * number beside the yearly inflows as bars, so a total is never drawn as if it were
 * comparable to a single year.
 */
export function investmentModel({ lang, t }: ChartText): InvestmentModel {
  const [from, to] = FIGURES.investment.period;
  const rows = FDI_INFLOWS.map((r) => ({ year: String(r.year), value: r.value }));
  const valueLabel = (bn: number) => formatBn(lang, bn, 2);
  const axis = linearExtent(Math.max(...rows.map((r) => r.value)), 4);
  const period = `${formatYear(lang, from)}–${formatYear(lang, to)}`;
  return {
    title: t('charts.investment.title'),
    sources: ['article', 'nbk'],
    marks: rows.length + 1,
    rows,
    axis,
    valueLabel,
    total: formatBn(lang, FIGURES.investment.value),
    totalLabel: t('charts.investment.cumulativeLabel', {
      from: formatYear(lang, from),
      to: formatYear(lang, to),
    }),
    table: {
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
          valueLabel(r.value),
        ]),
      ],
    },
  };
}

/** The total's font size: as large as fits its panel (padding and border take about 110 px). */
export function totalFontSize(panelWidth: number, total: string): number {
  return Math.min(TITLE_FONT * 4, Math.floor((panelWidth - 110) / (total.length * 0.62)));
}
