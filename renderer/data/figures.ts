import type { SourceId } from './sources.ts';

/*
 * Every number the deck shows, each with what it measures, who reported it, for which
 * year, in which unit, and the id of its source (sources.ts): the single figures, then
 * the series. Dates are in events.ts, the SCO's areas in sco-areas.ts, the route's
 * waypoints in route.ts; values computed from these are in derived.ts, never typed here.
 * Formatting happens at the edge (text-values.ts, the charts) for the language on screen.
 */

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

/** The single figures of the deck (the series follow below). */
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
  shanghaiFiveMembers: {
    value: 5,
    unit: 'count',
    measures: 'Members of the “Shanghai Five”: China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan',
    reportedBy: 'sco',
    year: 1996,
    source: 'public-records',
  },
} as const satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;

/** Every single figure with its id, for lists and validation. */
export function figureList(): Figure[] {
  return (Object.keys(FIGURES) as FigureId[]).map((id) => ({ id, ...FIGURES[id] }));
}

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
