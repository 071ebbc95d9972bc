import type { Language } from '../../core/languages.ts';
import {
  formatCount,
  formatNumber,
  formatPercent,
  formatProseDate,
  formatProseDateRange,
} from '../i18n/format.ts';
import { DERIVED } from './derived.ts';
import { CROSS_CHECK_DATES, SUMMIT } from './events.ts';
import { CHINA_REPORTED_TRADE, FDI_INFLOWS, FIGURES, KZ_PARTNER_SHARES_2023 } from './figures.ts';
import { formatBnProse } from './format-bn.ts';

/*
 * The values of the texts' {{placeholders}}: each dataset figure the slides, the cross-check
 * notes and the source entries write, formatted for the language shown as running text.
 * renderer/i18n/placeholders.test.ts holds the locale files to these names.
 */

/** China's share of Kazakhstan's 2023 trade, Kazakhstan-reported, looked up by partner id. */
const kzShareOfChina = (): number =>
  KZ_PARTNER_SHARES_2023.find((p) => p.id === 'china')?.percent ?? Number.NaN;

/** How each value of the slide texts is formatted for `lang` as running text. */
function textValueMakers(lang: Language) {
  return {
    summitDates: () => formatProseDateRange(lang, SUMMIT.start, SUMMIT.end),
    trade1992: () => formatBnProse(lang, FIGURES.trade1992.value, 2),
    trade2023: () => formatBnProse(lang, FIGURES.trade2023.value),
    target2030: () => formatBnProse(lang, FIGURES.target2030.value),
    growthFactor: () => formatNumber(lang, Math.round(DERIVED.growthArticle)),
    yearsEarly: () => formatCount(lang, DERIVED.yearsEarly),
    share: () => formatPercent(lang, FIGURES.share2023.value),
    investment: () => formatBnProse(lang, FIGURES.investment.value),
    gacc2023: () => formatBnProse(lang, FIGURES.gacc2023.value, 2),
    kzReported2023: () => formatBnProse(lang, DERIVED.kzReported2023),
    kzShareChina: () => formatPercent(lang, kzShareOfChina()),
    gap: () => formatBnProse(lang, Math.round(DERIVED.meanReportingGap), 0),
    inflow2023: () =>
      formatBnProse(lang, FDI_INFLOWS.find((r) => r.year === 2023)?.value ?? Number.NaN, 2),
    visitCount: () => formatNumber(lang, DERIVED.visitCount),
    scoAreas: () => formatNumber(lang, DERIVED.scoAreaCount),
    scoMembers: () => formatNumber(lang, FIGURES.scoMembers2024.value),
  } as const;
}

export type TextValues = { readonly [K in keyof ReturnType<typeof textValueMakers>]: string };

/** The interpolation values the slide texts use, formatted for `lang` as running text. */
export function textValues(lang: Language): TextValues {
  const makers = Object.entries(textValueMakers(lang));
  return Object.fromEntries(makers.map(([key, make]) => [key, make()])) as TextValues;
}

/**
 * The same values, each formatted the first time a text reads it, for i18next's `replace`
 * option: a slide formats only its own figures (at a cold start, building a formatter for
 * a figure the first slide does not show costs milliseconds of the first view).
 */
export function lazyTextValues(lang: Language): TextValues {
  const values = {};
  for (const [key, make] of Object.entries(textValueMakers(lang))) {
    let value: string | undefined;
    Object.defineProperty(values, key, { enumerable: true, get: () => (value ??= make()) });
  }
  return values as TextValues;
}

const shared = new Map<Language, TextValues>();

/** lazyTextValues for `lang`, made once per language and shared by every text that reads them. */
export function textValuesFor(lang: Language): TextValues {
  let found = shared.get(lang);
  if (!found) shared.set(lang, (found = lazyTextValues(lang)));
  return found;
}

/** The interpolation values of the cross-check notes (data namespace, crossChecks.*). */
export function crossCheckValues(lang: Language) {
  return {
    gacc2023: formatBnProse(lang, FIGURES.gacc2023.value, 2),
    gaccGrowth: formatPercent(lang, FIGURES.gaccGrowth2023.value),
    kzReported2023: formatBnProse(lang, DERIVED.kzReported2023),
    gap: formatBnProse(lang, Math.round(DERIVED.meanReportingGap), 0),
    share: formatPercent(lang, FIGURES.share2023.value),
    kzShareChina: formatPercent(lang, kzShareOfChina()),
    kzChina: formatBnProse(lang, DERIVED.kzReported2023, 2),
    kzTotal: formatBnProse(lang, FIGURES.kzTotalTrade2023.value, 2),
    gaccShare: formatPercent(lang, DERIVED.gaccShareOfKzTotal),
    investment: formatBnProse(lang, FIGURES.investment.value),
    approx: formatBnProse(lang, FIGURES.officialsInvestment.value, 0),
    bektenovDate: formatProseDate(lang, CROSS_CHECK_DATES.bektenovStatement.date, 'month'),
    tokayevDate: formatProseDate(lang, CROSS_CHECK_DATES.tokayevStatement.date, 'day'),
    gacc1992: formatBnProse(lang, FIGURES.gacc1992.value, 3),
    growthGacc: formatNumber(lang, Math.round(DERIVED.growthGacc)),
    target2030: formatBnProse(lang, FIGURES.target2030.value),
    targetDate: formatProseDate(lang, CROSS_CHECK_DATES.targetProposed.date, 'day'),
  } as const;
}

/**
 * The interpolation values of the source titles and notes (data namespace, sources.items.*):
 * the anniversary the Chinese 1992 article marks, and the 2021 amount Xi Jinping gave.
 */
export function sourceTextValues(lang: Language) {
  return {
    anniversary: formatNumber(lang, DERIVED.anniversaryYears),
    xiAmount: formatBnProse(
      lang,
      CHINA_REPORTED_TRADE.find((r) => r.source === 'inform-2021')?.value ?? Number.NaN,
      0,
    ),
  } as const;
}
