import { KZ_REPORTED_TOTALS } from '../data/derived.ts';
import { CHINA_REPORTED_TRADE, type YearValue } from '../data/figures.ts';
import { formatBn } from '../data/format-bn.ts';
import { sourceById, type SourceId } from '../data/sources.ts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { linearExtent } from './chart-kit.ts';
import type { ChartText, FrameModel } from './types.ts';

export interface ReportedRow {
  readonly year: string;
  readonly china: number;
  /** Kazakhstan's own figure for the year, when one exists. */
  readonly kz?: YearValue;
}

export interface TradeReportedModel extends FrameModel {
  readonly rows: readonly ReportedRow[];
  /** The years for which both countries report a figure, drawn as a pair of bars. */
  readonly compared: readonly { readonly year: string; readonly kz: YearValue }[];
  readonly axis: { readonly max: number; readonly ticks: readonly number[] };
  /** An amount in the tooltip and the table: one decimal, three below one billion (US$368m). */
  readonly amount: (bn: number) => string;
  /** A number on a bar, without the unit the legend gives: one decimal, three below one. */
  readonly barLabel: (bn: number) => string;
  readonly tickLabel: (bn: number) => string;
}

/**
 * China-reported trade for the years a figure exists (categories, never a line), and
 * Kazakhstan's own figure beside it in every such year for which one exists.
 */
export function tradeReportedModel({ lang, t }: ChartText): TradeReportedModel {
  const kzByYear = new Map(KZ_REPORTED_TOTALS.map((r) => [r.year, r]));
  const rows: ReportedRow[] = CHINA_REPORTED_TRADE.map((r) => {
    const kz = kzByYear.get(r.year);
    return kz
      ? { year: String(r.year), china: r.value, kz }
      : { year: String(r.year), china: r.value };
  });
  const compared = rows.flatMap((r) => (r.kz ? [{ year: r.year, kz: r.kz }] : []));
  const amount = (bn: number) => formatBn(lang, bn, bn < 1 ? 3 : 1);
  // Only the sources of figures drawn: the sources slide's promise that each backs one.
  const sources: SourceId[] = [
    ...new Set<SourceId>([
      ...CHINA_REPORTED_TRADE.map((r) => r.source),
      ...compared.map((c) => c.kz.source),
    ]),
  ];
  return {
    title: t('charts.trade-reported.title'),
    sources,
    caption: t('charts.trade-reported.caption'),
    marks: rows.length + compared.length,
    rows,
    compared,
    axis: linearExtent(Math.max(...rows.map((r) => Math.max(r.china, r.kz?.value ?? 0)))),
    amount,
    barLabel: (bn) => formatNumber(lang, bn, bn < 1 ? 3 : 1),
    tickLabel: (bn) => formatNumber(lang, bn, 0),
    table: {
      caption: t('charts.trade-reported.tableCaption'),
      head: [
        t('charts.trade-reported.year'),
        t('charts.trade-reported.chinaColumn'),
        t('charts.trade-reported.kazakhstanColumn'),
        t('charts.trade-reported.kazakhstanSourceColumn'),
      ],
      rows: rows.map((r) => [
        formatYear(lang, Number(r.year)),
        amount(r.china),
        r.kz ? amount(r.kz.value) : t('frame.noFigure'),
        r.kz ? t(sourceById(r.kz.source).name) : '',
      ]),
    },
  };
}
