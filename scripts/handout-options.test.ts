import { join } from 'node:path';
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
    [['--lang', 'fr', '--layout', 'slides'], '--out is required'],
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
  ])('rejects %j with a clear message', (args, message) => {
    expect(() => parseHandoutOptions(args)).toThrow(UsageError);
    expect(() => parseHandoutOptions(args)).toThrow(message);
  });

  it('names files briefing-<lang>-<layout>.pdf inside a folder', () => {
    const options = parseHandoutOptions(['--lang', 'all', '--layout', 'handout', '--out', 'out']);
    expect(handoutTargets(options, join).map((t) => t.path)).toEqual([
      join('out', 'briefing-en-handout.pdf'),
      join('out', 'briefing-fr-handout.pdf'),
      join('out', 'briefing-kk-handout.pdf'),
    ]);
    expect(handoutFileName('kk', 'slides')).toBe('briefing-kk-slides.pdf');
  });

  it('writes one language to the file named, and refuses several languages into one file', () => {
    const one = parseHandoutOptions(['--lang', 'kk', '--layout', 'slides', '--out', 'a/b.PDF']);
    expect(handoutTargets(one, join)).toEqual([{ lang: 'kk', path: 'a/b.PDF' }]);
    const all = parseHandoutOptions(['--lang', 'all', '--layout', 'slides', '--out', 'a.pdf']);
    expect(() => handoutTargets(all, join)).toThrow(/give a folder/);
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
