import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { countPages, finishPdf, readBookmarks } from './pdf-metadata.ts';

/**
 * A PDF shaped like Chromium's: three pages and an outline of every heading, nested by
 * level, with a wrapped heading's words run together.
 */
async function chromiumLike(objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
  const { context } = doc;
  const root = context.obj({ Type: 'Outlines' });
  const rootRef = context.register(root);
  const headings: [string, number][] = [
    ['Chine et Kazakhstan : troisdécennies', 0],
    ['Trade', 1],
    ['Trade in 1992', 1],
    ['Speaker notes', 1],
    ['Sources', 2],
  ];
  const refs: PDFRef[] = headings.map(() => context.nextRef());
  headings.forEach(([title, page], i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(title));
    item.set(PDFName.of('Parent'), rootRef);
    const target = pages[page]?.ref;
    if (target) item.set(PDFName.of('Dest'), context.obj([target, 'XYZ', 0, 700 - i * 100, 0]));
    const next = refs[i + 1];
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(refs[i] as PDFRef, item);
  });
  root.set(PDFName.of('First'), refs[0] as PDFRef);
  root.set(PDFName.of('Last'), refs[refs.length - 1] as PDFRef);
  root.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  return doc.save({ useObjectStreams: objectStreams });
}

const metadata = {
  title: 'Chine et Kazakhstan : note d’information',
  author: 'Briefing team',
  subject: 'Handout (fr)',
  keywords: ['lang:fr', 'Kazakhstan'],
  language: 'fr',
  creator: 'china-kazakhstan-briefing',
};

describe('finishPdf', () => {
  it.each([false, true])(
    'sets the properties and /Lang (cross-reference streams: %s)',
    async (objectStreams) => {
      const finished = await finishPdf(await chromiumLike(objectStreams), metadata);
      const doc = await PDFDocument.load(finished);
      expect(doc.getTitle()).toBe(metadata.title);
      expect(doc.getAuthor()).toBe('Briefing team');
      expect(doc.getSubject()).toBe('Handout (fr)');
      expect(doc.getKeywords()).toBe('lang:fr Kazakhstan');
      expect(doc.getCreator()).toBe('china-kazakhstan-briefing');
      expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(fr)');
      expect(await countPages(finished)).toBe(3);
    },
  );

  it('keeps Chromium’s outline when given none', async () => {
    const bookmarks = await readBookmarks(await finishPdf(await chromiumLike(false), metadata));
    expect(bookmarks.map((b) => b.title)).toEqual([
      'Chine et Kazakhstan : troisdécennies',
      'Trade',
      'Trade in 1992',
      'Speaker notes',
      'Sources',
    ]);
  });

  it('writes the given bookmarks at the pages of their headings', async () => {
    const leaf = (title: string) => ({ title, anchor: title, children: [] });
    const finished = await finishPdf(await chromiumLike(true), {
      ...metadata,
      outline: [
        leaf('Chine et Kazakhstan : trois décennies'),
        { title: '2. Trade', anchor: 'Trade', children: [leaf('Speaker notes')] },
        leaf('Sources'),
        // Not printed: it opens where the bookmark before it does.
        leaf('Missing'),
      ],
    });
    expect(await readBookmarks(finished)).toEqual([
      { title: 'Chine et Kazakhstan : trois décennies', page: 1, children: [] },
      {
        title: '2. Trade',
        page: 2,
        children: [{ title: 'Speaker notes', page: 2, children: [] }],
      },
      { title: 'Sources', page: 3, children: [] },
      { title: 'Missing', page: 3, children: [] },
    ]);
    const doc = await PDFDocument.load(finished);
    expect(doc.catalog.get(PDFName.of('PageMode'))?.toString()).toBe('/UseOutlines');
  });

  it('refuses what is not a PDF', async () => {
    await expect(finishPdf(new TextEncoder().encode('hello'), metadata)).rejects.toThrow();
  });
});
