import {
  engineKnowsKazakh,
  kkDate,
  kkDateRange,
  kkNumber,
  kkProseDate,
  kkProseDateRange,
  kkPercent,
  kkUsdCompact,
} from './kazakh-fallback.ts';
import { LANGUAGES, type Language } from '../../core/languages.ts';

// Every number and date the deck shows goes through these, so each locale gets its own
// separators and symbols (28.3% / 28,3 % / 28,3%) from Intl rather than hand-made strings.

function locale(lang: Language): string {
  return LANGUAGES[lang].intl;
}

// Building an Intl formatter costs far more than using one, and a page turn formats dozens of
// numbers: each language and set of options gets one formatter, kept for the session.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(lang), options)));
  return format;
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(lang), options)));
  return format;
}

/**
 * Chromium's ICU has no Kazakh data; then Kazakh goes through kazakh-fallback.ts. The probe
 * builds two Kazakh formatters (tens of milliseconds at a cold start), so it runs once, when
 * Kazakh is first formatted.
 */
let kazakhFallback: boolean | undefined;
const fallback = (lang: Language) => lang === 'kk' && (kazakhFallback ??= !engineKnowsKazakh());

/** A plain number, e.g. 41.02 → "41.02" (en) / "41,02" (fr, kk). */
export function formatNumber(lang: Language, value: number, fractionDigits?: number): string {
  if (fallback(lang)) return kkNumber(value, fractionDigits ?? 0, fractionDigits ?? 2);
  return numberFormat(lang, {
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

/** A share given as a percentage value, e.g. 28.3 → "28.3%" / "28,3 %" / "28,3%". */
export function formatPercent(lang: Language, percent: number, fractionDigits = 1): string {
  if (fallback(lang)) return kkPercent(percent, fractionDigits);
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(percent / 100);
}

/** An amount in US dollars, e.g. 41e9 → "US$41bn" / "41 Md $US" / "41 млрд $". */
export function formatUsd(lang: Language, dollars: number, fractionDigits = 1): string {
  if (fallback(lang)) return kkUsdCompact(dollars, fractionDigits);
  return numberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: fractionDigits,
  }).format(dollars);
}

/** French amount words; "milliard" stays singular below 2 (« 1,81 milliard de dollars »). */
const FR_SCALES: readonly [number, string, string][] = [
  [1e9, 'milliard', 'milliards'],
  [1e6, 'million', 'millions'],
];

const KK_SCALES: readonly [number, string][] = [
  [1e9, 'млрд'],
  [1e6, 'млн'],
];

/**
 * An amount in US dollars as running text writes it: "41 milliards de dollars" (the article's
 * wording), "41 млрд доллар" (a Kazakh suffix can follow: доллардан, долларлық). Intl has no
 * such form (compactDisplay 'long' still gives "41 Md $US"), so the words are ours and the
 * digits Intl's. English keeps its compact "US$41bn", the usual form in English prose.
 */
export function formatUsdProse(lang: Language, dollars: number, fractionDigits = 1): string {
  if (lang === 'en') return formatUsd(lang, dollars, fractionDigits);
  const digits = (value: number) =>
    fallback(lang)
      ? kkNumber(value, 0, fractionDigits)
      : numberFormat(lang, { maximumFractionDigits: fractionDigits }).format(value);
  if (lang === 'fr') {
    const scale = FR_SCALES.find(([unit]) => Math.abs(dollars) >= unit);
    if (!scale) return `${digits(dollars)}\u00a0dollars`;
    const [unit, one, many] = scale;
    const value = dollars / unit;
    // The plural is chosen on the number as shown: 1,995 rounds to « 2 milliards ».
    const shown = Math.round(value * 10 ** fractionDigits) / 10 ** fractionDigits;
    return `${digits(value)}\u00a0${Math.abs(shown) >= 2 ? many : one} de dollars`;
  }
  const scale = KK_SCALES.find(([unit]) => Math.abs(dollars) >= unit);
  if (!scale) return `${digits(dollars)}\u00a0доллар`;
  return `${digits(dollars / scale[0])}\u00a0${scale[1]}\u00a0доллар`;
}

/**
 * A small whole number in words where running text spells it out ("seven years early",
 * « sept ans »); digits from Intl otherwise, and always in Kazakh, where digits are usual.
 */
export function formatCount(lang: Language, value: number): string {
  const words = NUMBER_WORDS[lang];
  const word = Number.isInteger(value) ? words[value] : undefined;
  return word ?? formatNumber(lang, value);
}

const NUMBER_WORDS: Record<Language, readonly (string | undefined)[]> = {
  en: [undefined, 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  fr: [undefined, 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  kk: [],
};

/** A growth factor, e.g. 111 → "×111". */
export function formatFactor(lang: Language, factor: number): string {
  if (fallback(lang)) return `×${kkNumber(factor, 0, 0)}`;
  return `×${numberFormat(lang, { maximumFractionDigits: 0 }).format(factor)}`;
}

/** Dates are ISO strings (YYYY-MM-DD) read as calendar dates, so no time zone can shift them. */
function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export type DatePrecision = 'day' | 'month' | 'year';

/** The precision an ISO 8601 date is written to: YYYY, YYYY-MM or YYYY-MM-DD. */
export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  throw new Error(`Not an ISO 8601 calendar date: ${iso}`);
}

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** A calendar date, e.g. "3 January 1992" / "3 janvier 1992" / "1992 ж. 3 қаңтар". */
/**
 * French writes the first day of a month as an ordinal, « 1er décembre », which Intl does not
 * (« 1 décembre »). Only French goes through formatToParts: V8 puts other spaces there than
 * in format() for some languages (Kazakh).
 */
function frenchFirst(parts: readonly { readonly type: string; readonly value: string }[]): string {
  return parts
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

export function formatDate(lang: Language, iso: string, precision: DatePrecision = 'day'): string {
  if (fallback(lang)) return kkDate(toDate(iso), precision);
  const format = dateFormat(lang, DATE_OPTIONS[precision]);
  const date = toDate(iso);
  return lang === 'fr' ? frenchFirst(format.formatToParts(date)) : format.format(date);
}

/** A date range, e.g. "3–4 July 2024" / "3–4 juillet 2024" / "2024 ж. 3–4 шілде". */
export function formatDateRange(lang: Language, fromIso: string, toIso: string): string {
  if (fallback(lang)) return kkDateRange(toDate(fromIso), toDate(toIso));
  const format = dateFormat(lang, DATE_OPTIONS.day);
  const [from, to] = [toDate(fromIso), toDate(toIso)];
  if (lang === 'fr') return frenchFirst(format.formatRangeToParts(from, to));
  // English ICU spaces the dash between two days ("3 – 4 July"); English style closes it.
  return format.formatRange(from, to).replace(/(\d)\s–\s(\d)/, '$1–$2');
}

/**
 * A date as running text writes it. Kazakh prose says «2024 жылғы 3 шілде» where tables and
 * lists keep Intl's «2024 ж. 3 шілде»; French and English prose use the ordinary form.
 */
export function formatProseDate(
  lang: Language,
  iso: string,
  precision: DatePrecision = 'day',
): string {
  return lang === 'kk' ? kkProseDate(toDate(iso), precision) : formatDate(lang, iso, precision);
}

/** A date range as running text writes it («2024 жылғы 3–4 шілде»; "3–4 July 2024"). */
export function formatProseDateRange(lang: Language, fromIso: string, toIso: string): string {
  return lang === 'kk'
    ? kkProseDateRange(toDate(fromIso), toDate(toIso))
    : formatDateRange(lang, fromIso, toIso);
}

/** A clock time for the presenter console, e.g. "14:05". */
export function formatClock(lang: Language, date: Date): string {
  return dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** An elapsed duration in seconds as m:ss or h:mm:ss (digits only, same in every language). */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A calendar year as plain digits for axes, tables and sentences ("2023" in every language):
 * formatNumber would group it ("2,023" / "2 023") and formatDate adds "ж." in Kazakh.
 */
export function formatYear(lang: Language, year: number): string {
  return numberFormat(lang, {
    useGrouping: false,
    maximumFractionDigits: 0,
  }).format(year);
}
