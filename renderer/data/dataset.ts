import type { ParseKeys } from 'i18next';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatProseDate,
  formatProseDateRange,
  formatUsd,
  formatUsdProse,
  formatYear,
  type DatePrecision,
} from '../i18n/format.ts';
import type { Language } from '../../core/languages.ts';

/*
 * The one module that holds every number the deck shows (shared/briefing/FACTS.md).
 * Each figure says what it measures, who reported it, for which year and in which unit,
 * and names a source from SOURCES. Figures derived from others (growth factor, years
 * ahead of the target, counts) are computed here, never typed in. Formatting happens at
 * the edge, with renderer/i18n/format.ts, for the language on screen.
 */

/** A key of the `data` namespace; a misspelt key fails the typecheck. */
export type DataTextKey = ParseKeys<'data'>;

// ---------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------

export const SOURCE_IDS = [
  'article',
  'gacc-2023',
  'cn-1992',
  'newsline-2008',
  'chinadaily-2010',
  'mofcom-2013',
  'cn-press-2018',
  'inform-2021',
  'newscentralasia-2022',
  'astanatimes-2024',
  'wits',
  'kz-stat',
  'nbk',
  'bektenov-2024',
  'tokayev-2024',
  'inform-target',
  'public-records',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** When a source was published, to the precision known (ISO: YYYY-MM-DD, YYYY-MM or YYYY). */
export interface SourceDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

export interface Source {
  readonly id: SourceId;
  /** Publisher and title, translated in the `data` namespace (names of publications kept). */
  readonly title: DataTextKey;
  /** Where to find it: a bare domain or domain/path, the same in every language. */
  readonly url?: string;
  /** Another address that carries the same report (same form as `url`). */
  readonly alsoAt?: string;
  /** When it was published, formatted for the language shown. */
  readonly published?: SourceDate;
  /** A period instead of one date (first and last year), e.g. 2022–2023. */
  readonly publishedRange?: readonly [number, number];
  /** Descriptive words about the source ("mirror copy", who quoted it), translated. */
  readonly note?: DataTextKey;
  /** Short translated name for chart captions ("Source: …"), in the `data` namespace. */
  readonly name: DataTextKey;
  /** One translated line in the `data` namespace: what this source backs in the deck. */
  readonly description: DataTextKey;
}

/** Every source behind a figure, in the order the sources slide lists them. */
export const SOURCES: readonly Source[] = [
  {
    id: 'article',
    title: 'sources.items.article.title',
    // Inferred: FACTS.md says only "just before the summit" (3–4 July 2024), and Xi Jinping's
    // signed article it mentions appeared in Kazakh media on 2 July 2024.
    published: { iso: '2024-07', precision: 'month' },
    note: 'sources.items.article.note',
    name: 'sources.items.article.name',
    description: 'sources.items.article.backs',
  },
  {
    id: 'gacc-2023',
    title: 'sources.items.gacc-2023.title',
    url: 'interfax.com/newsroom/top-stories/100830',
    alsoAt: '24.kz',
    name: 'sources.items.gacc-2023.name',
    description: 'sources.items.gacc-2023.backs',
  },
  {
    id: 'cn-1992',
    title: 'sources.items.cn-1992.title',
    published: { iso: '2022', precision: 'year' },
    note: 'sources.items.cn-1992.note',
    name: 'sources.items.cn-1992.name',
    description: 'sources.items.cn-1992.backs',
  },
  {
    id: 'newsline-2008',
    title: 'sources.items.newsline-2008.title',
    url: 'newsline.kz/article/592946',
    name: 'sources.items.newsline-2008.name',
    description: 'sources.items.newsline-2008.backs',
  },
  {
    id: 'chinadaily-2010',
    title: 'sources.items.chinadaily-2010.title',
    published: { iso: '2011-06-13', precision: 'day' },
    name: 'sources.items.chinadaily-2010.name',
    description: 'sources.items.chinadaily-2010.backs',
  },
  {
    id: 'mofcom-2013',
    title: 'sources.items.mofcom-2013.title',
    published: { iso: '2014-02', precision: 'month' },
    name: 'sources.items.mofcom-2013.name',
    description: 'sources.items.mofcom-2013.backs',
  },
  {
    id: 'cn-press-2018',
    title: 'sources.items.cn-press-2018.title',
    published: { iso: '2019', precision: 'year' },
    name: 'sources.items.cn-press-2018.name',
    description: 'sources.items.cn-press-2018.backs',
  },
  {
    id: 'inform-2021',
    title: 'sources.items.inform-2021.title',
    note: 'sources.items.inform-2021.note',
    name: 'sources.items.inform-2021.name',
    description: 'sources.items.inform-2021.backs',
  },
  {
    id: 'newscentralasia-2022',
    title: 'sources.items.newscentralasia-2022.title',
    url: 'newscentralasia.net',
    published: { iso: '2023-01-20', precision: 'day' },
    name: 'sources.items.newscentralasia-2022.name',
    description: 'sources.items.newscentralasia-2022.backs',
  },
  {
    id: 'astanatimes-2024',
    title: 'sources.items.astanatimes-2024.title',
    url: 'astanatimes.com',
    published: { iso: '2025-01', precision: 'month' },
    name: 'sources.items.astanatimes-2024.name',
    description: 'sources.items.astanatimes-2024.backs',
  },
  {
    id: 'wits',
    title: 'sources.items.wits.title',
    url: 'wits.worldbank.org',
    name: 'sources.items.wits.name',
    description: 'sources.items.wits.backs',
  },
  {
    id: 'kz-stat',
    title: 'sources.items.kz-stat.title',
    url: 'stat.gov.kz',
    name: 'sources.items.kz-stat.name',
    description: 'sources.items.kz-stat.backs',
  },
  {
    id: 'nbk',
    title: 'sources.items.nbk.title',
    publishedRange: [2022, 2023],
    note: 'sources.items.nbk.note',
    name: 'sources.items.nbk.name',
    description: 'sources.items.nbk.backs',
  },
  {
    id: 'bektenov-2024',
    title: 'sources.items.bektenov-2024.title',
    published: { iso: '2024-03', precision: 'month' },
    name: 'sources.items.bektenov-2024.name',
    description: 'sources.items.bektenov-2024.backs',
  },
  {
    id: 'tokayev-2024',
    title: 'sources.items.tokayev-2024.title',
    published: { iso: '2024-07-03', precision: 'day' },
    name: 'sources.items.tokayev-2024.name',
    description: 'sources.items.tokayev-2024.backs',
  },
  {
    id: 'inform-target',
    title: 'sources.items.inform-target.title',
    published: { iso: '2023-05-17', precision: 'day' },
    note: 'sources.items.inform-target.note',
    name: 'sources.items.inform-target.name',
    description: 'sources.items.inform-target.backs',
  },
  {
    id: 'public-records',
    title: 'sources.items.public-records.title',
    note: 'sources.items.public-records.note',
    name: 'sources.items.public-records.name',
    description: 'sources.items.public-records.backs',
  },
];

/** The source with this id (every SourceId has exactly one entry in SOURCES). */
export function sourceById(id: SourceId): Source {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source id: ${id}`);
  return source;
}

/** When the source was published, in the language shown ("13 June 2011", "2022–2023"). */
export function formatSourceDate(lang: Language, source: Source): string | undefined {
  if (source.published) {
    return formatDate(lang, source.published.iso, source.published.precision);
  }
  if (source.publishedRange) {
    const [from, to] = source.publishedRange;
    return `${formatYear(lang, from)}–${formatYear(lang, to)}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Single figures
// ---------------------------------------------------------------------------------------

/** US$ bn: billions of current US dollars; percent: 0–100; count; year: a calendar year. */
export type Unit = 'usd-bn' | 'percent' | 'count' | 'year';

/** Who produced the number: the article, or an official body of one side. */
export type Reporter = 'article' | 'china' | 'kazakhstan' | 'sco';

export interface FigureSpec {
  readonly value: number;
  readonly unit: Unit;
  /** What the number measures, in plain words (for developers and reviewers). */
  readonly measures: string;
  readonly reportedBy: Reporter;
  /** The year the figure refers to, or the first and last year of a period. */
  readonly year?: number;
  readonly period?: readonly [number, number];
  readonly source: SourceId;
}

export interface Figure extends FigureSpec {
  readonly id: FigureId;
}

/** The single figures of the deck (series and dated events follow below). */
export const FIGURES = {
  trade1992: {
    value: 0.37,
    unit: 'usd-bn',
    measures:
      'China–Kazakhstan trade in 1992, when diplomatic relations began (“about 370 million”)',
    reportedBy: 'article',
    year: 1992,
    source: 'article',
  },
  trade2023: {
    value: 41,
    unit: 'usd-bn',
    measures: 'China–Kazakhstan trade in 2023 (“passed 41 billion”)',
    reportedBy: 'article',
    year: 2023,
    source: 'article',
  },
  share2023: {
    value: 28.3,
    unit: 'percent',
    measures: 'China’s share of Kazakhstan’s total trade in 2023, per the article',
    reportedBy: 'article',
    year: 2023,
    source: 'article',
  },
  target2030: {
    value: 40,
    unit: 'usd-bn',
    measures: 'Bilateral trade target set by the two leaders for 2030',
    reportedBy: 'article',
    year: 2030,
    source: 'article',
  },
  investment: {
    value: 25.3,
    unit: 'usd-bn',
    measures: 'Chinese investment in Kazakhstan, cumulative 2005–2023',
    reportedBy: 'article',
    period: [2005, 2023],
    source: 'article',
  },
  growthFloor: {
    value: 100,
    unit: 'count',
    measures: 'The article’s own wording of the growth since 1992: “more than 100-fold”',
    reportedBy: 'article',
    period: [1992, 2023],
    source: 'article',
  },
  summitOrdinal: {
    value: 24,
    unit: 'count',
    measures: 'Ordinal of the SCO Council of Heads of State meeting in Astana (“24th”)',
    reportedBy: 'article',
    year: 2024,
    source: 'article',
  },
  independenceYears: {
    value: 30,
    unit: 'count',
    measures: 'Years since Kazakhstan’s independence (“more than thirty”)',
    reportedBy: 'article',
    year: 2024,
    source: 'article',
  },
  scoNextYears: {
    value: 20,
    unit: 'count',
    measures: 'The SCO’s “next 20 years” in the article’s outlook',
    reportedBy: 'article',
    year: 2024,
    source: 'article',
  },
  scoMembers2024: {
    value: 10,
    unit: 'count',
    measures: 'SCO member states after Belarus joined at the Astana summit, July 2024',
    reportedBy: 'sco',
    year: 2024,
    source: 'public-records',
  },
  gacc1992: {
    value: 0.368,
    unit: 'usd-bn',
    measures: 'China–Kazakhstan trade in 1992, China-reported',
    reportedBy: 'china',
    year: 1992,
    source: 'cn-1992',
  },
  gacc2023: {
    value: 41.02,
    unit: 'usd-bn',
    measures: 'China–Kazakhstan trade in 2023, China’s customs (GACC)',
    reportedBy: 'china',
    year: 2023,
    source: 'gacc-2023',
  },
  gaccGrowth2023: {
    value: 32.2,
    unit: 'percent',
    measures: 'Growth of China–Kazakhstan trade in 2023 over 2022, China’s customs (GACC)',
    reportedBy: 'china',
    year: 2023,
    source: 'gacc-2023',
  },
  kzTotalTrade2023: {
    value: 139.76,
    unit: 'usd-bn',
    measures: 'Kazakhstan’s total foreign trade with all partners in 2023, Kazakhstan-reported',
    reportedBy: 'kazakhstan',
    year: 2023,
    source: 'wits',
  },
  kzReported2022: {
    value: 24.2,
    unit: 'usd-bn',
    measures: 'Kazakhstan–China trade in 2022, Kazakhstan’s statistics bureau',
    reportedBy: 'kazakhstan',
    year: 2022,
    source: 'kz-stat',
  },
  officialsInvestment: {
    value: 25,
    unit: 'usd-bn',
    measures: 'Chinese investment since 2005 as rounded by officials (“almost” / “about” 25 bn)',
    reportedBy: 'kazakhstan',
    period: [2005, 2024],
    source: 'tokayev-2024',
  },
} as const satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;

/** Every single figure with its id, for lists and validation. */
export function figureList(): Figure[] {
  return (Object.keys(FIGURES) as FigureId[]).map((id) => ({ id, ...FIGURES[id] }));
}

// ---------------------------------------------------------------------------------------
// Series
// ---------------------------------------------------------------------------------------

export interface YearValue {
  readonly year: number;
  /** US$ bn. */
  readonly value: number;
  readonly source: SourceId;
}

/**
 * China–Kazakhstan trade as reported by China (GACC / MOFCOM), US$ bn. Only the years
 * for which a figure was found: draw them as categories, never as a continuous line.
 */
export const CHINA_REPORTED_TRADE: readonly YearValue[] = [
  { year: 1992, value: 0.368, source: 'cn-1992' },
  { year: 2008, value: 17.5, source: 'newsline-2008' },
  { year: 2010, value: 20.4, source: 'chinadaily-2010' },
  { year: 2013, value: 28.6, source: 'mofcom-2013' },
  { year: 2018, value: 19.88, source: 'cn-press-2018' },
  { year: 2021, value: 25.25, source: 'inform-2021' },
  { year: 2022, value: 31.2, source: 'newscentralasia-2022' },
  { year: 2023, value: FIGURES.gacc2023.value, source: 'gacc-2023' },
  { year: 2024, value: 43.82, source: 'astanatimes-2024' },
];

export interface ExportsImports {
  readonly year: number;
  /** Kazakhstan's exports to China, US$ bn. */
  readonly exports: number;
  /** Kazakhstan's imports from China, US$ bn. */
  readonly imports: number;
  readonly source: SourceId;
}

/**
 * Kazakhstan-reported trade with China (UN Comtrade via WITS, reporter Kazakhstan), US$ bn.
 * The 2020–2022 rows of that extract are incomplete and left out.
 */
export const KZ_REPORTED_TRADE: readonly ExportsImports[] = [
  { year: 2015, exports: 5.48, imports: 5.09, source: 'wits' },
  { year: 2016, exports: 4.22, imports: 3.66, source: 'wits' },
  { year: 2017, exports: 5.8, imports: 4.7, source: 'wits' },
  { year: 2018, exports: 6.31, imports: 5.38, source: 'wits' },
  { year: 2019, exports: 8.0, imports: 6.79, source: 'wits' },
  { year: 2023, exports: 14.76, imports: 16.77, source: 'wits' },
  { year: 2024, exports: 14.9, imports: 15.15, source: 'wits' },
];

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

export const PARTNER_IDS = ['china', 'russia', 'eu-uk', 'rest'] as const;
export type PartnerId = (typeof PARTNER_IDS)[number];

export interface PartnerShare {
  readonly id: PartnerId;
  /** Share of Kazakhstan's total trade, percent. */
  readonly percent: number;
  readonly source: SourceId;
}

/** Kazakhstan's trade partners in 2023, Kazakhstan-reported, share of total trade (%). */
export const KZ_PARTNER_SHARES_2023: readonly PartnerShare[] = [
  { id: 'china', percent: 22.6, source: 'wits' },
  { id: 'russia', percent: 18.6, source: 'wits' },
  { id: 'eu-uk', percent: 28.5, source: 'wits' },
  { id: 'rest', percent: 30.4, source: 'wits' },
];

/** Gross direct investment inflow from China, per year (NBK as quoted by officials), US$ bn. */
export const FDI_INFLOWS: readonly YearValue[] = [
  { year: 2022, value: 1.4, source: 'nbk' },
  { year: 2023, value: 1.81, source: 'nbk' },
];

/** Years of Xi Jinping's visits to Kazakhstan; the 2024 one is the fifth (the article). */
export const VISIT_YEARS: readonly number[] = [2013, 2015, 2017, 2022, 2024];
export const VISITS_SOURCE: SourceId = 'article';

// ---------------------------------------------------------------------------------------
// Dated events
// ---------------------------------------------------------------------------------------

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

/** Milestones 1992 → 2024, each confirmed in at least one public source. */
export const MILESTONES: readonly Milestone[] = [
  { id: 'diplomatic-relations', date: '1992-01-03', precision: 'day', source: 'public-records' },
  { id: 'shanghai-five', date: '1996-04-26', precision: 'day', source: 'public-records' },
  { id: 'sco-founded', date: '2001-06-15', precision: 'day', source: 'public-records' },
  { id: 'good-neighbour-treaty', date: '2002-12-23', precision: 'day', source: 'public-records' },
  { id: 'strategic-partnership', date: '2005-07', precision: 'month', source: 'public-records' },
  {
    id: 'comprehensive-partnership',
    date: '2011-06-13',
    precision: 'day',
    source: 'public-records',
  },
  { id: 'belt-proposed', date: '2013-09-07', precision: 'day', source: 'public-records' },
  { id: 'lianyungang-base', date: '2014-05-19', precision: 'day', source: 'public-records' },
  { id: 'nurly-zhol', date: '2014-11-11', precision: 'day', source: 'public-records' },
  { id: 'belt-nurly-plan', date: '2016-09', precision: 'month', source: 'public-records' },
  {
    id: 'permanent-partnership',
    date: '2019-09-10',
    end: '2019-09-12',
    precision: 'day',
    source: 'public-records',
  },
  { id: 'visa-exemption', date: '2023-11-10', precision: 'day', source: 'public-records' },
  {
    id: 'astana-summit',
    date: SUMMIT.start,
    end: SUMMIT.end,
    precision: 'day',
    source: 'public-records',
  },
];

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

// ---------------------------------------------------------------------------------------
// SCO areas of cooperation
// ---------------------------------------------------------------------------------------

/** Our grouping of the article's 16 areas (the article lists them without groups). */
export const SCO_GROUPS = ['security', 'economy', 'society'] as const;
export type ScoGroup = (typeof SCO_GROUPS)[number];

export const SCO_AREAS = [
  { id: 'institutions', group: 'security' },
  { id: 'counter-terrorism', group: 'security' },
  { id: 'crime', group: 'security' },
  { id: 'regional-security', group: 'security' },
  { id: 'economy', group: 'economy' },
  { id: 'trade', group: 'economy' },
  { id: 'agriculture', group: 'economy' },
  { id: 'energy', group: 'economy' },
  { id: 'finance', group: 'economy' },
  { id: 'transport', group: 'economy' },
  { id: 'science', group: 'society' },
  { id: 'culture', group: 'society' },
  { id: 'information', group: 'society' },
  { id: 'education', group: 'society' },
  { id: 'tourism', group: 'society' },
  { id: 'environment', group: 'society' },
] as const satisfies readonly { id: string; group: ScoGroup }[];

export type ScoAreaId = (typeof SCO_AREAS)[number]['id'];
export const SCO_AREAS_SOURCE: SourceId = 'article';

/** The areas of one group, in the article's order. */
export function scoAreasOf(group: ScoGroup): readonly ScoAreaId[] {
  return SCO_AREAS.filter((a) => a.group === group).map((a) => a.id);
}

// ---------------------------------------------------------------------------------------
// The Lianyungang route (schematic)
// ---------------------------------------------------------------------------------------

export const WAYPOINT_IDS = ['almaty', 'khorgos', 'lianyungang', 'yellow-sea', 'pacific'] as const;
export type WaypointId = (typeof WAYPOINT_IDS)[number];

export interface Waypoint {
  readonly id: WaypointId;
  /** Approximate longitude and latitude, degrees, for the schematic drawing only. */
  readonly lon: number;
  readonly lat: number;
  readonly source: SourceId;
}

export const ROUTE_WAYPOINTS: readonly Waypoint[] = [
  { id: 'almaty', lon: 76.9, lat: 43.2, source: 'public-records' },
  { id: 'khorgos', lon: 80.4, lat: 44.2, source: 'public-records' },
  { id: 'lianyungang', lon: 119.2, lat: 34.6, source: 'article' },
  { id: 'yellow-sea', lon: 123, lat: 35, source: 'article' },
  { id: 'pacific', lon: 135, lat: 33, source: 'article' },
];

/** The milestone with this id (every MilestoneId has one entry in MILESTONES). */
export function milestoneById(id: MilestoneId): Milestone {
  const m = MILESTONES.find((x) => x.id === id);
  if (!m) throw new Error(`Unknown milestone id: ${id}`);
  return m;
}

// ---------------------------------------------------------------------------------------
// Derived figures: computed, never typed in
// ---------------------------------------------------------------------------------------

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

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
  /** Members of the "Shanghai Five" (China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan). */
  shanghaiFiveCount: 5,
  /** Years of the cumulative investment period 2005–2023, inclusive. */
  investmentYears: FIGURES.investment.period[1] - FIGURES.investment.period[0] + 1,
} as const;

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

/** Every place a source id is used, with a label, for validation and the sources slide. */
export function sourceUses(): readonly { readonly what: string; readonly source: SourceId }[] {
  return [
    ...figureList().map((f) => ({ what: `figure ${f.id}`, source: f.source })),
    ...CHINA_REPORTED_TRADE.map((r) => ({ what: `china-reported ${r.year}`, source: r.source })),
    ...KZ_REPORTED_TRADE.map((r) => ({ what: `kz-reported ${r.year}`, source: r.source })),
    ...KZ_PARTNER_SHARES_2023.map((r) => ({ what: `partner ${r.id}`, source: r.source })),
    ...FDI_INFLOWS.map((r) => ({ what: `inflow ${r.year}`, source: r.source })),
    ...MILESTONES.map((m) => ({ what: `milestone ${m.id}`, source: m.source })),
    ...ROUTE_WAYPOINTS.map((w) => ({ what: `waypoint ${w.id}`, source: w.source })),
    { what: 'visits', source: VISITS_SOURCE },
    { what: 'sco areas', source: SCO_AREAS_SOURCE },
    { what: 'summit', source: SUMMIT.source },
  ];
}

/**
 * Problems with the dataset's references: a source id used but not listed, a listed
 * source used nowhere, or an id listed twice. Empty when everything is consistent.
 */
export function validateSources(): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const s of SOURCES) {
    if (listed.has(s.id)) problems.push(`source ${s.id} is listed twice`);
    listed.add(s.id);
    if (!s.url && !s.published && !s.publishedRange && !s.note) {
      problems.push(`source ${s.id} says neither where nor when it was published`);
    }
    for (const url of [s.url, s.alsoAt]) {
      if (url !== undefined && !BARE_URL.test(url)) {
        problems.push(`source ${s.id}: url "${url}" is not a bare domain/path`);
      }
    }
    if (s.alsoAt && !s.url) problems.push(`source ${s.id} has alsoAt but no url`);
    if (s.published && !ISO_BY_PRECISION[s.published.precision].test(s.published.iso)) {
      problems.push(`source ${s.id}: date ${s.published.iso} is not ${s.published.precision}`);
    }
    if (s.published && s.publishedRange) {
      problems.push(`source ${s.id} has both a date and a period`);
    }
    if (s.publishedRange && !(s.publishedRange[0] < s.publishedRange[1])) {
      problems.push(`source ${s.id}: period ${s.publishedRange.join('–')} is not in order`);
    }
  }
  const used = new Set<string>();
  for (const use of sourceUses()) {
    used.add(use.source);
    if (!listed.has(use.source)) problems.push(`${use.what}: unknown source ${use.source}`);
  }
  for (const id of SOURCE_IDS) {
    if (!listed.has(id)) problems.push(`source id ${id} has no SOURCES entry`);
  }
  for (const s of SOURCES) {
    // Sources that back only the cross-check notes are used by the notes, not by a figure.
    if (!used.has(s.id) && !CROSS_CHECK_SOURCES.has(s.id)) {
      problems.push(`source ${s.id} backs no figure`);
    }
  }
  return problems;
}

/** A domain with an optional path, no scheme, no spaces: "interfax.com/newsroom/…". */
const BARE_URL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/[^\s]*)?$/i;

const ISO_BY_PRECISION: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** Sources cited only by the cross-check notes (not by a single figure). */
const CROSS_CHECK_SOURCES: ReadonlySet<SourceId> = new Set(['bektenov-2024', 'inform-target']);

/** The cross-check notes of the sources slide, each with the sources it rests on. */
export const CROSS_CHECKS = [
  { id: 'trade-2023', sources: ['gacc-2023', 'wits'] },
  { id: 'share', sources: ['wits'] },
  { id: 'investment', sources: ['bektenov-2024', 'tokayev-2024', 'nbk'] },
  { id: 'trade-1992', sources: ['cn-1992'] },
  { id: 'target', sources: ['inform-target'] },
] as const satisfies readonly { id: string; sources: readonly SourceId[] }[];

export type CrossCheckId = (typeof CROSS_CHECKS)[number]['id'];

// ---------------------------------------------------------------------------------------
// What the texts and the number scan use
// ---------------------------------------------------------------------------------------

const BN = 1e9;

/** US$ bn → formatted amount in the language shown ("US$41bn", "41 Md $US", "41 млрд $"). */
export function formatBn(lang: Language, bn: number, fractionDigits = 1): string {
  return formatUsd(lang, bn * BN, fractionDigits);
}

/**
 * US$ bn → the amount as running text writes it ("US$41bn", « 41 milliards de dollars »,
 * «41 млрд доллар»); charts keep the compact formatBn.
 */
export function formatBnProse(lang: Language, bn: number, fractionDigits = 1): string {
  return formatUsdProse(lang, bn * BN, fractionDigits);
}

/** China's share of Kazakhstan's 2023 trade, Kazakhstan-reported, looked up by partner id. */
const kzShareOfChina = (): number =>
  KZ_PARTNER_SHARES_2023.find((p) => p.id === 'china')?.percent ?? Number.NaN;

/** The interpolation values the slide texts use, formatted for `lang` as running text. */
export function textValues(lang: Language) {
  return {
    summitDates: formatProseDateRange(lang, SUMMIT.start, SUMMIT.end),
    trade1992: formatBnProse(lang, FIGURES.trade1992.value, 2),
    trade2023: formatBnProse(lang, FIGURES.trade2023.value),
    target2030: formatBnProse(lang, FIGURES.target2030.value),
    growthFactor: formatNumber(lang, Math.round(DERIVED.growthArticle)),
    yearsEarly: formatCount(lang, DERIVED.yearsEarly),
    share: formatPercent(lang, FIGURES.share2023.value),
    investment: formatBnProse(lang, FIGURES.investment.value),
    gacc2023: formatBnProse(lang, FIGURES.gacc2023.value, 2),
    kzReported2023: formatBnProse(lang, DERIVED.kzReported2023),
    kzShareChina: formatPercent(lang, kzShareOfChina()),
    gap: formatBnProse(lang, Math.round(DERIVED.meanReportingGap), 0),
    inflow2023: formatBnProse(
      lang,
      FDI_INFLOWS.find((r) => r.year === 2023)?.value ?? Number.NaN,
      2,
    ),
    visitCount: formatNumber(lang, DERIVED.visitCount),
    scoAreas: formatNumber(lang, DERIVED.scoAreaCount),
    scoMembers: formatNumber(lang, FIGURES.scoMembers2024.value),
  } as const;
}

export type TextValues = ReturnType<typeof textValues>;

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
    anniversary: formatNumber(lang, ANNIVERSARY_YEARS),
    xiAmount: formatBnProse(
      lang,
      CHINA_REPORTED_TRADE.find((r) => r.source === 'inform-2021')?.value ?? Number.NaN,
      0,
    ),
  } as const;
}

/** Years of diplomatic relations the Chinese anniversary article marks (2022 − 1992 = 30). */
const ANNIVERSARY_YEARS =
  isoParts(sourceById('cn-1992').published?.iso ?? '').year -
  isoParts(milestoneById('diplomatic-relations').date).year;

/**
 * Every number the deck may show: values (also as displayed, rounded, and in millions
 * where the deck shows millions), years, periods, date parts, counts and derived figures.
 * A test scans the slide texts for numbers that are not in this list.
 */
export function datasetNumbers(): readonly number[] {
  const out = new Set<number>();
  const addValue = (v: number, unit: Unit = 'usd-bn') => {
    if (!Number.isFinite(v)) return;
    out.add(v);
    out.add(round(v, 1));
    out.add(round(v, 2));
    out.add(Math.round(v));
    if (unit === 'usd-bn' && v < 1) out.add(round(v * 1000, 0));
  };
  for (const f of figureList()) {
    addValue(f.value, f.unit);
    if ('year' in f && f.year !== undefined) out.add(f.year);
    if ('period' in f && f.period) f.period.forEach((y) => out.add(y));
  }
  for (const r of CHINA_REPORTED_TRADE) {
    out.add(r.year);
    addValue(r.value);
  }
  for (const r of KZ_REPORTED_TRADE) {
    out.add(r.year);
    addValue(r.exports);
    addValue(r.imports);
    addValue(r.exports + r.imports);
  }
  for (const p of KZ_PARTNER_SHARES_2023) addValue(p.percent, 'percent');
  for (const r of FDI_INFLOWS) {
    out.add(r.year);
    addValue(r.value);
  }
  VISIT_YEARS.forEach((y, i) => {
    out.add(y);
    out.add(i + 1);
  });
  for (const m of MILESTONES) {
    for (const iso of [m.date, m.end].filter((d): d is string => d !== undefined)) {
      const { year, day } = isoParts(iso);
      out.add(year);
      if (m.precision === 'day') out.add(day);
    }
  }
  // Dates named in the cross-check notes (target proposed in Xi'an; the officials' statements).
  for (const { date, precision } of Object.values(CROSS_CHECK_DATES)) {
    const { year, day } = isoParts(date);
    out.add(year);
    if (precision === 'day') out.add(day);
  }
  // Publication dates on the sources slide, and the numbers in the source texts.
  for (const source of SOURCES) {
    if (source.published) {
      const { year, day } = isoParts(source.published.iso);
      out.add(year);
      if (source.published.precision === 'day') out.add(day);
    }
    source.publishedRange?.forEach((y) => out.add(y));
  }
  out.add(ANNIVERSARY_YEARS);
  for (const d of Object.values(DERIVED)) addValue(d, 'count');
  addValue(FIGURES.trade1992.value * 1000, 'count');
  for (const g of SCO_GROUPS) out.add(scoAreasOf(g).length);
  return [...out].sort((a, b) => a - b);
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
