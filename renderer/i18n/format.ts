import {
  engineKnowsKazakh,
  kkDate,
  kkDateRange,
  kkNumber,
  kkPercent,
  kkUsdCompact,
} from './kazakh-fallback.ts';
import { LANGUAGES, type Language } from './languages.ts';

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

/** Chromium's ICU has no Kazakh data; then Kazakh goes through kazakh-fallback.ts. */
const KAZAKH_FALLBACK = !engineKnowsKazakh();
const fallback = (lang: Language) => lang === 'kk' && KAZAKH_FALLBACK;

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
  return lang === 'fr'
    ? frenchFirst(format.formatRangeToParts(from, to))
    : format.formatRange(from, to);
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
