import { LANGUAGE_CODES, isLanguage, type Language } from '../core/languages.ts';
import {
  isPrintLayout,
  paperFrom,
  perPageFrom,
  type Paper,
  type PerPage,
  type PrintLayout,
} from '../core/modes.ts';

/** Options of `npm run handout`, parsed without touching the file system. */

export interface HandoutOptions {
  readonly langs: readonly Language[];
  readonly layout: PrintLayout;
  readonly perPage: PerPage;
  readonly paper: Paper;
  /** A .pdf file (one language) or a folder (one file per language). */
  readonly out: string;
}

export const HANDOUT_USAGE = `Usage: npm run handout -- --lang fr|en|kk|all --layout slides|handout --out <file.pdf|folder>
                        [--per-page 1|2|3|6] [--paper A4|Letter]
  --lang      language of the handout, or "all" for one file per language
  --layout    slides: one 16:9 page per slide; handout: slides with notes, data and sources
  --per-page  slides per page in the handout layout (default 1)
  --paper     paper size of the handout layout (default A4)
  --out       the PDF to write, or a folder for briefing-<lang>-<layout>.pdf files`;

export class UsageError extends Error {}

export function parseHandoutOptions(args: readonly string[]): HandoutOptions {
  const seen = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (!['--lang', '--layout', '--out', '--per-page', '--paper'].includes(flag)) {
      throw new UsageError(`unknown option "${flag}"`);
    }
    const value = eq < 0 ? args[(i += 1)] : arg.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('--')) {
      throw new UsageError(`${flag} needs a value`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} is given twice`);
    seen.set(flag, value);
  }

  const lang = seen.get('--lang');
  if (lang === undefined) throw new UsageError('--lang is required');
  if (lang !== 'all' && !isLanguage(lang)) {
    throw new UsageError(
      `--lang must be one of ${LANGUAGE_CODES.join(', ')} or all, not "${lang}"`,
    );
  }
  const layout = seen.get('--layout');
  if (layout === undefined) throw new UsageError('--layout is required');
  if (!isPrintLayout(layout))
    throw new UsageError(`--layout must be slides or handout, not "${layout}"`);
  const out = seen.get('--out');
  if (out === undefined) throw new UsageError('--out is required');

  const rawPerPage = seen.get('--per-page') ?? '1';
  const perPage = perPageFrom(rawPerPage);
  if (perPage === undefined)
    throw new UsageError(`--per-page must be 1, 2, 3 or 6, not "${rawPerPage}"`);
  if (perPage !== 1 && layout !== 'handout') {
    throw new UsageError('--per-page applies to the handout layout only');
  }
  const rawPaper = seen.get('--paper') ?? 'A4';
  const paper = paperFrom(rawPaper);
  if (paper === undefined) throw new UsageError(`--paper must be A4 or Letter, not "${rawPaper}"`);

  return { langs: lang === 'all' ? LANGUAGE_CODES : [lang], layout, perPage, paper, out };
}

/** The file name of one language's handout: briefing-<lang>-<layout>.pdf */
export function handoutFileName(lang: Language, layout: PrintLayout): string {
  return `briefing-${lang}-${layout}.pdf`;
}

/**
 * Where each language goes: a path ending in .pdf is a file (one language only); anything
 * else is a folder that receives one named file per language.
 */
export function handoutTargets(
  options: HandoutOptions,
  join: (...parts: string[]) => string,
): { lang: Language; path: string }[] {
  const isFile = options.out.toLowerCase().endsWith('.pdf');
  if (isFile && options.langs.length > 1) {
    throw new UsageError('--lang all writes several files: give a folder to --out, not a .pdf');
  }
  return options.langs.map((lang) => ({
    lang,
    path: isFile ? options.out : join(options.out, handoutFileName(lang, options.layout)),
  }));
}

/** The renderer URL query for one language's print view. */
export function printQuery(lang: Language, options: HandoutOptions): string {
  const params = new URLSearchParams({ lang, mode: 'print', layout: options.layout });
  if (options.layout === 'handout') {
    params.set('paper', options.paper);
    params.set('perPage', String(options.perPage));
  }
  return `?${params.toString()}`;
}
