import type { PerPage, PrintLayout } from './modes.ts';

/**
 * The PDF's bookmarks, as print mode declares them for the exporter (CLI and desktop app):
 * one per slide titled as the slide reads, numbered; in the one-slide-a-page handout its
 * notes and data beneath it; the cover and the sources at the top level. Chromium's own
 * outline (one entry per heading, nested by level, words run together where a heading wraps)
 * only supplies the page and position of each `anchor`.
 */
export interface OutlineEntry {
  /** The bookmark's title. */
  readonly title: string;
  /** The text of the heading the bookmark points to, as printed. */
  readonly anchor: string;
  readonly children: readonly OutlineEntry[];
}

/** Where print mode puts its outline (a JSON data block) for the exporter to read. */
export const OUTLINE_SELECTOR = 'script[type="application/json"][data-pdf-outline]';

export interface OutlineInput {
  readonly layout: PrintLayout;
  readonly perPage: PerPage;
  /** The slides' titles as shown, and whether each has a data section in the handout. */
  readonly slides: readonly { readonly title: string; readonly hasData: boolean }[];
  /** Headings of the handout: the cover's title, "Speaker notes", "Data", "Sources". */
  readonly headings: {
    readonly cover: string;
    readonly notes: string;
    readonly data: string;
    readonly sources: string;
  };
}

/** The number and title a slide is listed under, in the handout and the bookmarks. */
export function numberedTitle(index: number, title: string): string {
  return `${index + 1}. ${title}`;
}

export function pdfOutline({ layout, perPage, slides, headings }: OutlineInput): OutlineEntry[] {
  const leaf = (title: string, anchor = title): OutlineEntry => ({ title, anchor, children: [] });
  if (layout === 'slides') {
    return slides.map(({ title }, index) => leaf(numberedTitle(index, title), title));
  }
  const items = slides.map(({ title, hasData }, index) => {
    const numbered = numberedTitle(index, title);
    if (perPage !== 1) return leaf(numbered);
    const children = [leaf(headings.notes), ...(hasData ? [leaf(headings.data)] : [])];
    return { title: numbered, anchor: numbered, children };
  });
  return [leaf(headings.cover), ...items, leaf(headings.sources)];
}

const MAX_ENTRIES = 200;

/** The outline read back from the page, checked; undefined when it is missing or malformed. */
export function parseOutline(json: string | null | undefined): OutlineEntry[] | undefined {
  if (!json) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  let count = 0;
  const entries = (value: unknown, depth: number): OutlineEntry[] | null => {
    if (!Array.isArray(value) || depth > 2) return null;
    const out: OutlineEntry[] = [];
    for (const item of value) {
      count += 1;
      if (count > MAX_ENTRIES || typeof item !== 'object' || item === null) return null;
      const { title, anchor, children } = item as Record<string, unknown>;
      if (typeof title !== 'string' || typeof anchor !== 'string') return null;
      const kids = entries(children, depth + 1);
      if (!kids) return null;
      out.push({ title, anchor, children: kids });
    }
    return out;
  };
  return entries(data, 0) ?? undefined;
}
