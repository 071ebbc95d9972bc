import { describe, expect, it } from 'vitest';
import {
  DeckNotReadyError,
  exportFileName,
  pickedPath,
  printToPdfOptions,
  printedPage,
  renderFailure,
  writeFailure,
} from './export-policy.ts';

const fsError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('exportFileName', () => {
  it('names the file after language, layout and slides a page', () => {
    const kk = { language: 'kk', layout: 'handout', paper: 'A4', perPage: 1 } as const;
    expect(exportFileName(kk)).toBe('briefing-kk-handout.pdf');
    expect(exportFileName({ ...kk, perPage: 3 })).toBe('briefing-kk-handout-3-per-page.pdf');
    expect(exportFileName({ ...kk, language: 'fr', layout: 'slides', perPage: 6 })).toBe(
      'briefing-fr-slides.pdf',
    );
  });
});

describe('printToPdfOptions', () => {
  it('prints slides landscape and handouts portrait, tagged, with an outline', () => {
    expect(
      printToPdfOptions({ language: 'en', layout: 'slides', paper: 'A4', perPage: 1 }),
    ).toEqual({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(
      printToPdfOptions({ language: 'en', layout: 'handout', paper: 'Letter', perPage: 2 }),
    ).toMatchObject({
      pageSize: 'Letter',
      landscape: false,
    });
  });
});

describe('pickedPath', () => {
  it('is undefined when the dialog was cancelled', () => {
    expect(pickedPath({ canceled: true, filePath: '/x.pdf' })).toBeUndefined();
    expect(pickedPath({ canceled: false, filePath: '' })).toBeUndefined();
    expect(pickedPath({ canceled: false })).toBeUndefined();
    expect(pickedPath({ canceled: false, filePath: '/home/a/b.pdf' })).toBe('/home/a/b.pdf');
  });
});

describe('writeFailure', () => {
  it.each([
    ['EACCES', 'unwritable'],
    ['EPERM', 'unwritable'],
    ['EROFS', 'unwritable'],
    ['ENOENT', 'unwritable'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EIO', 'write-failed'],
  ])('%s → %s', (code, error) => {
    expect(writeFailure(fsError(code))).toMatchObject({ ok: false, error });
  });

  it('copes with errors that are not Node errors', () => {
    expect(writeFailure('boom')).toEqual({
      ok: false,
      error: 'write-failed',
      message: 'Could not save the file: boom',
    });
    expect(writeFailure(null)).toMatchObject({ error: 'write-failed' });
  });
});

describe('renderFailure', () => {
  it('tells a timeout from a broken render', () => {
    expect(renderFailure(new DeckNotReadyError(60_000))).toEqual({
      ok: false,
      error: 'timeout',
      message: 'The deck was not ready to print after 60 s',
    });
    expect(renderFailure(new Error('Render frame was disposed'))).toMatchObject({
      error: 'render-failed',
    });
  });
});

describe('printedPage', () => {
  const request = { language: 'kk', layout: 'handout', paper: 'A4', perPage: 1 } as const;

  it('takes the language, heading and outline the printed page reports', () => {
    const outline = [{ title: '1. Қытай', anchor: 'slide-title', children: [] }];
    const answer = JSON.stringify({
      language: 'kk',
      heading: ' Қытай мен Қазақстан ',
      outline: JSON.stringify(outline),
    });
    expect(printedPage(answer, request)).toEqual({
      language: 'kk',
      heading: 'Қытай мен Қазақстан',
      layout: 'handout',
      outline,
    });
  });

  it.each([undefined, 42, 'not json', '{"language":"de","heading":"","outline":"[{]"}'])(
    'falls back to the request for an answer it cannot use: %j',
    (answer) => {
      expect(printedPage(answer, request)).toEqual({
        language: 'kk',
        heading: 'China–Kazakhstan briefing',
        layout: 'handout',
        outline: undefined,
      });
    },
  );
});
