import type { ParseKeys } from 'i18next';
import type { Language } from '../../core/languages.ts';
import { formatDate, formatYear, type DatePrecision } from '../i18n/format.ts';

/*
 * Every source behind a number of the deck (shared/briefing/FACTS.md), in the order the
 * sources slide lists them, and the cross-check notes that compare them. The numbers
 * themselves, each naming one of these ids, are in figures.ts.
 */

/** A key of the `data` namespace; a misspelt key fails the typecheck. */
export type DataTextKey = ParseKeys<'data'>;

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

/** The cross-check notes of the sources slide, each with the sources it rests on. */
export const CROSS_CHECKS = [
  { id: 'trade-2023', sources: ['gacc-2023', 'wits'] },
  { id: 'share', sources: ['wits'] },
  { id: 'investment', sources: ['bektenov-2024', 'tokayev-2024', 'nbk'] },
  { id: 'trade-1992', sources: ['cn-1992'] },
  { id: 'target', sources: ['inform-target'] },
] as const satisfies readonly { id: string; sources: readonly SourceId[] }[];

export type CrossCheckId = (typeof CROSS_CHECKS)[number]['id'];
