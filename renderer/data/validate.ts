import type { DatePrecision } from '../i18n/format.ts';
import { MILESTONES, SUMMIT } from './events.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  figureList,
  KZ_PARTNER_SHARES_2023,
  KZ_REPORTED_TRADE,
  VISITS_SOURCE,
} from './figures.ts';
import { ROUTE_WAYPOINTS } from './route.ts';
import { SCO_AREAS_SOURCE } from './sco-areas.ts';
import { CROSS_CHECKS, SOURCE_IDS, SOURCES, type SourceId } from './sources.ts';

/*
 * The dataset's own consistency: every source id used is listed, every listed source backs
 * something, and each entry says where and when it was published. A unit test holds the
 * dataset to it, so a figure added with a misspelt or missing source fails before it ships.
 */

/** Every place a source id is used, with a label. */
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

/** Sources the cross-check notes cite: such a source may back a note rather than a figure. */
const CROSS_CHECK_SOURCES: ReadonlySet<SourceId> = new Set(CROSS_CHECKS.flatMap((c) => c.sources));
