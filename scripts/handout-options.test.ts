import { describe, expect, it } from 'vitest';
import {
  handoutFileName,
  handoutTargets,
  parseHandoutOptions,
  printQuery,
  UsageError,
} from './handout-options.ts';

describe('npm run handout options', () => {
  it('reads one language, a layout and an output file', () => {
    expect(parseHandoutOptions(['--lang', 'fr', '--layout', 'slides', '--out', 'x.pdf'])).toEqual({
      format: 'pdf',
      langs: ['fr'],
      layout: 'slides',
      perPage: 1,
      paper: 'A4',
      out: 'x.pdf',
    });
  });

  it('reads all languages, slides per page and paper, with = too', () => {
    const options = parseHandoutOptions([
      '--lang=all',
      '--layout=handout',
      '--per-page',
      '6',
      '--paper',
      'letter',
      '--out',
      'handouts',
    ]);
    expect(options).toMatchObject({ langs: ['en', 'fr', 'kk'], perPage: 6, paper: 'Letter' });
  });

  it.each([
    [[], '--lang is required'],
    [['--lang', 'de', '--layout', 'slides', '--out', 'a'], 'not "de"'],
    [['--lang', 'fr', '--layout', 'poster', '--out', 'a'], 'not "poster"'],
    [['--lang', 'fr'], '--out is required'],
    [['--lang', 'fr', '--layout', 'slides', '--out'], '--out needs a value'],
    [['--lang', '--layout', 'slides'], '--lang needs a value'],
    [['--lang', 'fr', '--layout', 'handout', '--out', 'a', '--per-page', '4'], 'not "4"'],
    [
      ['--lang', 'fr', '--layout', 'slides', '--out', 'a', '--per-page', '2'],
      'handout layout only',
    ],
    [['--lang', 'fr', '--layout', 'handout', '--out', 'a', '--paper', 'A3'], 'not "A3"'],
    [['--lang', 'fr', '--layout', 'slides', '--out', 'a', '--colour'], 'unknown option "--colour"'],
    [['--lang', 'fr', '--lang', 'en'], '--lang is given twice'],
    [['fr'], 'unexpected argument "fr"'],
    [
      ['--lang', 'fr', '--format', 'docx', '--out', 'a'],
      '--format must be pdf or pptx, not "docx"',
    ],
    [['--lang', 'fr', '--format', 'pptx', '--out', 'a', '--paper', 'A4'], 'PDF handouts only'],
    [['--lang', 'fr', '--format', 'pptx', '--out', 'a', '--per-page', '1'], 'PDF handouts only'],
    [['--lang', 'fr', '--format', 'pptx', '--layout', 'handout', '--out', 'a'], '--layout slides'],
  ])('rejects %j with a clear message', (args, message) => {
    expect(() => parseHandoutOptions(args)).toThrow(UsageError);
    expect(() => parseHandoutOptions(args)).toThrow(message);
  });

  it('the layout is handout unless told otherwise', () => {
    expect(parseHandoutOptions(['--lang', 'fr', '--out', 'x.pdf']).layout).toBe('handout');
  });

  const home = {
    cwd: '/home/ana/talks',
    isFolder: (path: string) => path === '/home/ana/talks/out',
  };

  it('names files briefing-<lang>-<layout>.pdf inside a folder', () => {
    const options = parseHandoutOptions(['--lang', 'all', '--layout', 'handout', '--out', 'out']);
    expect(handoutTargets(options, home).map((t) => t.path)).toEqual([
      '/home/ana/talks/out/briefing-en-handout.pdf',
      '/home/ana/talks/out/briefing-fr-handout.pdf',
      '/home/ana/talks/out/briefing-kk-handout.pdf',
    ]);
    expect(handoutFileName('kk', { format: 'pdf', layout: 'slides' })).toBe(
      'briefing-kk-slides.pdf',
    );
  });

  it('a PowerPoint deck is slides, named briefing-<lang>.pptx in a folder, a .pptx file otherwise', () => {
    const options = parseHandoutOptions(['--lang', 'all', '--format', 'pptx', '--out', 'out']);
    expect(options).toMatchObject({ format: 'pptx', layout: 'slides' });
    expect(handoutTargets(options, home).map((t) => t.path)).toEqual([
      '/home/ana/talks/out/briefing-en.pptx',
      '/home/ana/talks/out/briefing-fr.pptx',
      '/home/ana/talks/out/briefing-kk.pptx',
    ]);
    const one = (out: string) =>
      handoutTargets(parseHandoutOptions(['--lang=kk', '--format=pptx', `--out=${out}`]), home);
    expect(one('deck.PPTX')).toEqual([{ lang: 'kk', path: '/home/ana/talks/deck.PPTX' }]);
    expect(() => one('deck.pdf')).toThrow(
      new UsageError(
        '--out "deck.pdf" is neither a .pptx file nor a folder: write "deck.pdf.pptx" for one file, or "deck.pdf/" for a folder',
      ),
    );
  });

  it('writes one language to the file named, and refuses several languages into one file', () => {
    const one = parseHandoutOptions(['--lang', 'kk', '--layout', 'slides', '--out', 'a/b.PDF']);
    expect(handoutTargets(one, home)).toEqual([{ lang: 'kk', path: '/home/ana/talks/a/b.PDF' }]);
    const all = parseHandoutOptions(['--lang', 'all', '--layout', 'slides', '--out', 'a.pdf']);
    expect(() => handoutTargets(all, home)).toThrow(/give a folder/);
  });

  it('reads --out from the folder the command was typed in; absolute paths stay', () => {
    const target = (out: string) =>
      handoutTargets(parseHandoutOptions(['--lang', 'fr', '--out', out]), home)[0]?.path;
    expect(target('../x.pdf')).toBe('/home/ana/x.pdf');
    expect(target('/tmp/x.pdf')).toBe('/tmp/x.pdf');
  });

  it('a trailing slash or an existing folder means a folder; no .pdf and neither is refused', () => {
    const target = (out: string) =>
      handoutTargets(parseHandoutOptions(['--lang', 'fr', '--out', out]), home)[0]?.path;
    expect(target('briefing-fr/')).toBe('/home/ana/talks/briefing-fr/briefing-fr-handout.pdf');
    expect(target('out')).toBe('/home/ana/talks/out/briefing-fr-handout.pdf');
    expect(() => target('briefing-fr')).toThrow(
      new UsageError(
        '--out "briefing-fr" is neither a .pdf file nor a folder: write "briefing-fr.pdf" for one file, or "briefing-fr/" for a folder',
      ),
    );
  });

  it('builds the print URL for the renderer', () => {
    const options = parseHandoutOptions([
      '--lang=fr',
      '--layout=handout',
      '--per-page=3',
      '--out=x',
    ]);
    expect(printQuery('fr', options)).toBe('?lang=fr&mode=print&layout=handout&paper=A4&perPage=3');
  });
});
