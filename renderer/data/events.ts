import type { Language } from '../../core/languages.ts';
import { formatDate, formatDateRange, precisionOf, type DatePrecision } from '../i18n/format.ts';
import type { SourceId } from './sources.ts';

/*
 * The dates of the deck, each with its source: the Astana summit, the milestones of the
 * timeline and the dates the cross-check notes cite. ISO 8601 strings, formatted at the edge.
 */

export const SUMMIT = {
  start: '2024-07-03',
  end: '2024-07-04',
  source: 'article',
} as const satisfies { start: string; end: string; source: SourceId };

export const MILESTONE_IDS = [
  'diplomatic-relations',
  'shanghai-five',
  'sco-founded',
  'good-neighbour-treaty',
  'strategic-partnership',
  'comprehensive-partnership',
  'belt-proposed',
  'lianyungang-base',
  'nurly-zhol',
  'belt-nurly-plan',
  'permanent-partnership',
  'visa-exemption',
  'astana-summit',
] as const;

export type MilestoneId = (typeof MILESTONE_IDS)[number];

export interface Milestone {
  readonly id: MilestoneId;
  /** ISO 8601 calendar date: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  readonly date: string;
  /** Last day of an event that spans several days (ISO, same precision as `date`). */
  readonly end?: string;
  readonly precision: Extract<DatePrecision, 'day' | 'month'>;
  readonly source: SourceId;
}

/** Each milestone's date (and last day, for one that spans several), as ISO 8601. */
const MILESTONE_DATES: readonly (readonly [MilestoneId, string, string?])[] = [
  ['diplomatic-relations', '1992-01-03'],
  ['shanghai-five', '1996-04-26'],
  ['sco-founded', '2001-06-15'],
  ['good-neighbour-treaty', '2002-12-23'],
  ['strategic-partnership', '2005-07'],
  ['comprehensive-partnership', '2011-06-13'],
  ['belt-proposed', '2013-09-07'],
  ['lianyungang-base', '2014-05-19'],
  ['nurly-zhol', '2014-11-11'],
  ['belt-nurly-plan', '2016-09'],
  ['permanent-partnership', '2019-09-10', '2019-09-12'],
  ['visa-exemption', '2023-11-10'],
  ['astana-summit', SUMMIT.start, SUMMIT.end],
];

/**
 * Milestones 1992 → 2024, each confirmed in public records, to the precision their dates are
 * written to (a month or a day).
 */
export const MILESTONES: readonly Milestone[] = MILESTONE_DATES.map(([id, date, end]) => ({
  id,
  date,
  ...(end !== undefined && { end }),
  precision: precisionOf(date) === 'month' ? 'month' : 'day',
  source: 'public-records',
}));

/** The milestone with this id (every MilestoneId has one entry in MILESTONES). */
export function milestoneById(id: MilestoneId): Milestone {
  const m = MILESTONES.find((x) => x.id === id);
  if (!m) throw new Error(`Unknown milestone id: ${id}`);
  return m;
}

/**
 * Dates the cross-check notes cite: the 2030 target proposed by President Tokayev in
 * Xi'an (17 May 2023), Prime Minister Bektenov (March 2024), President Tokayev (3 July 2024).
 */
export const CROSS_CHECK_DATES = {
  targetProposed: { date: '2023-05-17', precision: 'day' },
  bektenovStatement: { date: '2024-03', precision: 'month' },
  tokayevStatement: { date: '2024-07-03', precision: 'day' },
} as const satisfies Record<string, { date: string; precision: DatePrecision }>;

/** Year, month and day of an ISO date (a missing month or day reads as 1). */
export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

/** An ISO date as a fractional year (mid-month when only the month is known), for time axes. */
export function decimalYear(iso: string, precision: DatePrecision = 'day'): number {
  const { year, month, day } = isoParts(iso);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  const dayOfMonth = precision === 'day' ? day : 15;
  const at = Date.UTC(
    year,
    precision === 'year' ? 6 : month - 1,
    precision === 'year' ? 1 : dayOfMonth,
  );
  return year + (at - start) / length;
}

/** The milestone's date in the language shown, with its own precision (and range, if any). */
export function formatMilestoneDate(lang: Language, m: Milestone): string {
  if (m.end && m.precision === 'day') return formatDateRange(lang, m.date, m.end);
  return formatDate(lang, m.date, m.precision);
}
