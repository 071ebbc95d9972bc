import type { ParseKeys } from 'i18next';
import type { Language } from '../../core/languages.ts';
import { formatDate, formatYear, precisionOf, type DatePrecision } from '../i18n/format.ts';

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

/** What is known of a source apart from its words. */
interface SourceRecord {
  readonly id: SourceId;
  /** Where to find it: a bare domain or domain/path, the same in every language. */
  readonly url?: string;
  /** Another address that carries the same report (same form as `url`). */
  readonly alsoAt?: string;
  /** When it was published, as ISO 8601 to the precision known (YYYY, YYYY-MM, YYYY-MM-DD). */
  readonly published?: string;
  /** A period instead of one date (first and last year), e.g. 2022–2023. */
  readonly publishedRange?: readonly [number, number];
  /** It has a note (`sources.items.<id>.note`): descriptive words such as "mirror copy". */
  readonly withNote?: true;
}

/** A source as the deck shows it: what is known of it, and the keys of its words. */
export interface Source extends Omit<SourceRecord, 'published' | 'withNote'> {
  /** Publisher and title, translated in the `data` namespace (names of publications kept). */
  readonly title: DataTextKey;
  /** When it was published, formatted for the language shown. */
  readonly published?: SourceDate;
  /** Descriptive words about the source ("mirror copy", who quoted it), translated. */
  readonly note?: DataTextKey;
  /** Short translated name for chart captions ("Source: …"), in the `data` namespace. */
  readonly name: DataTextKey;
  /** One translated line in the `data` namespace: what this source backs in the deck. */
  readonly description: DataTextKey;
}

/** What is known of each source; its words are at `sources.items.<id>.*` in data.json. */
const RECORDS: readonly SourceRecord[] = [
  {
    id: 'article',
    // Inferred: FACTS.md says only "just before the summit" (3–4 July 2024), and Xi Jinping's
    // signed article it mentions appeared in Kazakh media on 2 July 2024.
    published: '2024-07',
    withNote: true,
  },
  {
    id: 'gacc-2023',
    url: 'interfax.com/newsroom/top-stories/100830',
    alsoAt: '24.kz',
  },
  {
    id: 'cn-1992',
    published: '2022',
    withNote: true,
  },
  {
    id: 'newsline-2008',
    url: 'newsline.kz/article/592946',
  },
  {
    id: 'chinadaily-2010',
    published: '2011-06-13',
  },
  {
    id: 'mofcom-2013',
    published: '2014-02',
  },
  {
    id: 'cn-press-2018',
    published: '2019',
  },
  {
    id: 'inform-2021',
    withNote: true,
  },
  {
    id: 'newscentralasia-2022',
    url: 'newscentralasia.net',
    published: '2023-01-20',
  },
  {
    id: 'astanatimes-2024',
    url: 'astanatimes.com',
    published: '2025-01',
  },
  {
    id: 'wits',
    url: 'wits.worldbank.org',
  },
  {
    id: 'kz-stat',
    url: 'stat.gov.kz',
  },
  {
    id: 'nbk',
    publishedRange: [2022, 2023],
    withNote: true,
  },
  {
    id: 'bektenov-2024',
    published: '2024-03',
  },
  {
    id: 'tokayev-2024',
    published: '2024-07-03',
  },
  {
    id: 'inform-target',
    published: '2023-05-17',
    withNote: true,
  },
  {
    id: 'public-records',
    withNote: true,
  },
];

/**
 * The locale key of a source's title, name or description. Typed, not cast: a source id
 * without its words in the English data.json fails the typecheck (sources.test.ts checks
 * every language).
 */
function textKey(id: SourceId, part: 'title' | 'name' | 'backs'): DataTextKey {
  const key: `sources.items.${SourceId}.${typeof part}` = `sources.items.${id}.${part}`;
  return key;
}

/** A note's key; only some sources have one (sources.test.ts checks that each exists). */
function noteKey(id: SourceId): DataTextKey {
  return `sources.items.${id}.note` as DataTextKey;
}

/** Every source behind a figure, in the order the sources slide lists them. */
export const SOURCES: readonly Source[] = RECORDS.map(({ withNote, published, ...record }) => ({
  ...record,
  ...(published !== undefined && {
    published: { iso: published, precision: precisionOf(published) },
  }),
  title: textKey(record.id, 'title'),
  name: textKey(record.id, 'name'),
  description: textKey(record.id, 'backs'),
  ...(withNote && { note: noteKey(record.id) }),
}));

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
