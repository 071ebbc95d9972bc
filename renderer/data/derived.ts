import { isoParts, milestoneById } from './events.ts';
import {
  CHINA_REPORTED_TRADE,
  FIGURES,
  KZ_REPORTED_TRADE,
  VISIT_YEARS,
  type YearValue,
} from './figures.ts';
import { SCO_AREAS } from './sco-areas.ts';
import { sourceById } from './sources.ts';

/*
 * Figures computed from those of figures.ts, events.ts and sources.ts, never typed in: a
 * corrected figure there corrects every value here.
 */

/** `value` rounded to `digits` decimals. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Total Kazakhstan-reported trade with China in a year (exports + imports), US$ bn. */
export function kzReportedTotal(year: number): number | undefined {
  const row = KZ_REPORTED_TRADE.find((r) => r.year === year);
  return row ? round(row.exports + row.imports, 2) : undefined;
}

/**
 * Kazakhstan-reported trade with China, US$ bn, for every year a total exists: exports plus
 * imports from WITS, and the statistics bureau's figure for 2022 (WITS's 2022 row is incomplete).
 */
export const KZ_REPORTED_TOTALS: readonly YearValue[] = [
  ...KZ_REPORTED_TRADE.map((r) => ({
    year: r.year,
    value: round(r.exports + r.imports, 2),
    source: r.source,
  })),
  {
    year: FIGURES.kzReported2022.year,
    value: FIGURES.kzReported2022.value,
    source: FIGURES.kzReported2022.source,
  },
].sort((a, b) => a.year - b.year);

const kz2023 = kzReportedTotal(2023) ?? Number.NaN;

function meanGap(): number {
  const gaps = CHINA_REPORTED_TRADE.flatMap((r) => {
    const kz = kzReportedTotal(r.year);
    return kz === undefined ? [] : [r.value - kz];
  });
  return gaps.reduce((a, b) => a + b, 0) / gaps.length;
}

export const DERIVED = {
  /** The article's growth factor 1992 → 2023: 41 / 0.37 ≈ 111. */
  growthArticle: FIGURES.trade2023.value / FIGURES.trade1992.value,
  /** The same from China's customs figures: 41.02 / 0.368 ≈ 111. */
  growthGacc: FIGURES.gacc2023.value / FIGURES.gacc1992.value,
  /** Years by which the 2030 target was passed: 2030 − 2023. */
  yearsEarly: FIGURES.target2030.year - FIGURES.trade2023.year,
  /** Kazakhstan-reported trade with China in 2023: exports + imports (≈ 31.5). */
  kzReported2023: kz2023,
  /** China's share of Kazakhstan's 2023 trade, Kazakhstan-reported: 31.53 / 139.76 (≈ 22.6 %). */
  kzShareChina: (kz2023 / FIGURES.kzTotalTrade2023.value) * 100,
  /** China's figure over Kazakhstan's total: 41.02 / 139.76 (≈ 29.4 %). */
  gaccShareOfKzTotal: (FIGURES.gacc2023.value / FIGURES.kzTotalTrade2023.value) * 100,
  /** Gap between the two countries' 2023 figures, US$ bn (≈ 9.5, "about 10"). */
  reportingGap2023: FIGURES.gacc2023.value - kz2023,
  /**
   * Mean gap between China's and Kazakhstan's figures over the years both exist, US$ bn
   * (2018, 2023, 2024: ≈ 10, the "about 10 bn a year" of the cross-check).
   */
  meanReportingGap: meanGap(),
  visitCount: VISIT_YEARS.length,
  scoAreaCount: SCO_AREAS.length,
  /** Years of the cumulative investment period 2005–2023, inclusive. */
  investmentYears: FIGURES.investment.period[1] - FIGURES.investment.period[0] + 1,
  /** Years of diplomatic relations the Chinese anniversary article marks (2022 − 1992 = 30). */
  anniversaryYears:
    isoParts(sourceById('cn-1992').published?.iso ?? '').year -
    isoParts(milestoneById('diplomatic-relations').date).year,
} as const;
