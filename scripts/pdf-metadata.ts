/**
 * Finishes a PDF printed by Chromium (the handout CLI and the desktop app's export): document
 * properties, the document language (/Lang) and the bookmarks, written with a maintained PDF
 * library rather than by hand, so any PDF Chromium writes (cross-reference streams, object
 * streams) is read correctly.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  ParseSpeeds,
} from '@cantoo/pdf-lib';
import {
  documentProperties,
  type DocumentProperties,
  type PrintedPage,
} from '../core/document-properties.ts';
import type { OutlineEntry } from '../core/pdf-outline.ts';

export interface PdfMetadata extends DocumentProperties {
  /**
   * The bookmarks, in place of Chromium's heading outline (whose entries only give each
   * anchor's page and position). Absent: Chromium's outline is kept as it is.
   */
  readonly outline?: readonly OutlineEntry[];
}

/** Text as Chromium writes it into an outline: a heading's lines run together. */
function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

interface ChromiumEntry {
  readonly ref: PDFRef;
  readonly title: string;
  readonly dest: PDFArray | undefined;
}

/** Chromium's outline items in reading order (depth first), with their destinations. */
function chromiumEntries(doc: PDFDocument, outlines: PDFDict | undefined): ChromiumEntry[] {
  const found: ChromiumEntry[] = [];
  const seen = new Set<string>();
  const walk = (parent: PDFDict) => {
    let ref = parent.get(PDFName.of('First'));
    // `seen` guards against a malformed outline that loops back on itself.
    while (ref instanceof PDFRef && !seen.has(ref.toString())) {
      const itemRef = ref;
      seen.add(itemRef.toString());
      const item = doc.context.lookup(itemRef, PDFDict);
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest'));
      found.push({
        ref: itemRef,
        title:
          title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        dest: dest instanceof PDFArray ? dest : undefined,
      });
      walk(item);
      ref = item.get(PDFName.of('Next'));
    }
  };
  if (outlines) walk(outlines);
  return found;
}

/**
 * Writes `entries` as the document's outline. Each entry points where the next Chromium item
 * (in reading order, after the previous match) with the same text points; an anchor that
 * cannot be found points where the previous bookmark does (or to the first page).
 */
function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { context, catalog } = doc;
  const old = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const chromium = chromiumEntries(doc, old);
  for (const entry of chromium) context.delete(entry.ref);
  const firstPage = doc.getPage(0).ref;
  let cursor = 0;
  let lastDest: PDFArray = context.obj([firstPage, PDFName.of('Fit')]);
  const destFor = (anchor: string): PDFArray => {
    const wanted = squeeze(anchor);
    const at = chromium.findIndex((c, i) => i >= cursor && c.dest && squeeze(c.title) === wanted);
    const match = chromium[at];
    if (match?.dest) {
      cursor = at + 1;
      lastDest = match.dest;
    }
    return lastDest;
  };

  const root = context.obj({ Type: 'Outlines' });
  const rootRef = context.register(root);
  const addChildren = (
    parent: PDFDict,
    parentRef: PDFRef,
    items: readonly OutlineEntry[],
  ): number => {
    const refs = items.map(() => context.nextRef());
    let visible = 0;
    items.forEach((entry, i) => {
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), destFor(entry.anchor));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const ref = refs[i] as PDFRef;
      context.assign(ref, dict);
      const below = addChildren(dict, ref, entry.children);
      // Closed: the panel lists the slides; their notes and data unfold on demand.
      if (below > 0) dict.set(PDFName.of('Count'), PDFNumber.of(-below));
      visible += 1;
    });
    const first = refs[0];
    const last = refs[refs.length - 1];
    if (first && last) {
      parent.set(PDFName.of('First'), first);
      parent.set(PDFName.of('Last'), last);
    }
    return visible;
  };
  const count = addChildren(root, rootRef, entries);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * The briefing's document properties and bookmarks, the same from `npm run handout` and from
 * the desktop app's File → Export PDF.
 */
export function briefingMetadata(page: PrintedPage): PdfMetadata {
  return {
    ...documentProperties(page.heading, page.language, page.layout),
    ...(page.outline && { outline: page.outline }),
  };
}

/**
 * pdf-lib yields to the event loop every 50 to 100 objects by default (a timer each time, a
 * millisecond or more); a tagged handout has thousands of objects. The export has nothing else
 * to run meanwhile, so it reads and writes in one go.
 */
const IN_ONE_GO = { parseSpeed: ParseSpeeds.Fastest, objectsPerTick: Infinity } as const;

/**
 * Returns the PDF with its properties (title, author, subject, keywords, creator), its
 * language and, when given, its bookmarks, and its page count. The page content is untouched.
 */
export async function finishPdfCounted(
  pdf: Uint8Array,
  metadata: PdfMetadata,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ...IN_ONE_GO });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setKeywords([...metadata.keywords]);
  doc.setCreator(metadata.creator);
  doc.setLanguage(metadata.language);
  if (metadata.outline) writeOutline(doc, metadata.outline);
  const finished = await doc.save({ useObjectStreams: false, ...IN_ONE_GO });
  return { pdf: finished, pages: doc.getPageCount() };
}

/** finishPdfCounted's PDF alone. */
export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  return (await finishPdfCounted(pdf, metadata)).pdf;
}

/** Number of pages of a PDF. */
export async function countPages(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

export interface Bookmark {
  readonly title: string;
  /** 1-based page the bookmark opens, or 0 when it has no page destination. */
  readonly page: number;
  readonly children: readonly Bookmark[];
}

/** A PDF's bookmarks as a reader lists them (for checks of exported files). */
export async function readBookmarks(pdf: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = doc.getPages().map((page) => page.ref.toString());
  const read = (parent: PDFDict | undefined, depth: number): Bookmark[] => {
    const out: Bookmark[] = [];
    let ref = parent?.get(PDFName.of('First'));
    while (ref instanceof PDFRef && depth < 8 && out.length < 1000) {
      const item = doc.context.lookup(ref, PDFDict);
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookup(PDFName.of('Dest'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      out.push({
        title:
          title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: target instanceof PDFRef ? pages.indexOf(target.toString()) + 1 : 0,
        children: read(item, depth + 1),
      });
      ref = item.get(PDFName.of('Next'));
    }
    return out;
  };
  return read(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict), 0);
}
