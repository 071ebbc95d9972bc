import { describe, expect, it } from 'vitest';
import { chartText } from '../../charts/testing/chart-text.ts';
import { KZ_REPORTED_TOTALS } from '../../data/derived.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  FIGURES,
  KZ_PARTNER_SHARES_2023,
} from '../../data/figures.ts';
import { PALETTE } from '../../styles/palette.ts';
import {
  hex,
  investmentChart,
  tradeGrowthChart,
  tradeReportedChart,
  tradeShareCharts,
} from './native-charts.ts';

describe('native charts: the data sheet holds the dataset', () => {
  it('trade growth: 1992, 2023 and the 2030 target, the target in another colour', () => {
    const chart = tradeGrowthChart(chartText('fr'));
    expect(chart.type).toBe('bar');
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]?.values).toEqual([
      FIGURES.trade1992.value,
      FIGURES.trade2023.value,
      FIGURES.target2030.value,
    ]);
    expect(chart.series[0]?.labels).toEqual(['1992', '2023', 'Objectif pour 2030']);
    expect(chart.options.chartColors).toEqual([
      hex(PALETTE.steppe),
      hex(PALETTE.steppe),
      hex(PALETTE.slate),
    ]);
  });

  it('trade as reported: China every year it reports, Kazakhstan beside it or a gap', () => {
    const chart = tradeReportedChart(chartText('en'));
    const [china, kazakhstan] = chart.series;
    expect(china?.labels).toEqual(CHINA_REPORTED_TRADE.map((r) => String(r.year)));
    expect(china?.values).toEqual(CHINA_REPORTED_TRADE.map((r) => r.value));
    const kz = new Map(KZ_REPORTED_TOTALS.map((r) => [r.year, r.value]));
    expect(kazakhstan?.values).toEqual(CHINA_REPORTED_TRADE.map((r) => kz.get(r.year) ?? null));
    expect(kazakhstan?.values?.filter((v) => v !== null).length).toBeGreaterThan(2);
    expect(chart.options.barGrouping).toBe('clustered');
    expect(chart.options.displayBlanksAs).toBe('gap');
    // Kazakhstan's own figures are told apart from China's by their fill.
    expect(chart.options.chartColors).toEqual([hex(PALETTE.vermilion), hex(PALETTE.steppe)]);
    expect(kazakhstan?.name).toBe('Reported by Kazakhstan');
  });

  it('trade share: the article’s share and its complement, and Kazakhstan’s partner shares', () => {
    const [article, reported] = tradeShareCharts(chartText('kk'));
    expect(article.type).toBe('doughnut');
    expect(article.series[0]?.values).toEqual([
      FIGURES.share2023.value,
      100 - FIGURES.share2023.value,
    ]);
    expect(reported.series[0]?.values).toEqual(KZ_PARTNER_SHARES_2023.map((p) => p.percent));
    expect(reported.series[0]?.labels?.[0]).toBe('Қытай');
    expect(new Set(reported.options.chartColors).size).toBe(KZ_PARTNER_SHARES_2023.length);
  });

  it('investment: the yearly inflows as bars, years as categories', () => {
    const chart = investmentChart(chartText('en'));
    expect(chart.series[0]?.labels).toEqual(FDI_INFLOWS.map((r) => String(r.year)));
    expect(chart.series[0]?.values).toEqual(FDI_INFLOWS.map((r) => r.value));
  });

  it('words the axis and marks the chart’s language in the language shown', () => {
    const en = tradeReportedChart(chartText('en')).options;
    const fr = tradeReportedChart(chartText('fr')).options;
    expect(en.valAxisTitle).toBe('US$ billion');
    expect(fr.valAxisTitle).not.toBe(en.valAxisTitle);
    expect([en.lang, fr.lang]).toEqual(['en-GB', 'fr-FR']);
  });
});
