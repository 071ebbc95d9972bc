import { join, resolve } from 'node:path';
import { LANGUAGE_CODES, isLanguage, type Language } from '../core/languages.ts';
import {
  EXPORT_FORMATS,
  isPrintLayout,
  paperFrom,
  perPageFrom,
  type ExportFormat,
  type Paper,
  type PerPage,
  type PrintLayout,
} from '../core/modes.ts';

/** Options of `npm run handout`, parsed without touching the file system. */

export interface HandoutOptions {
  /** PDF handouts (printed by Chromium) or editable PowerPoint decks. */
  readonly format: ExportFormat;
  readonly langs: readonly Language[];
  readonly layout: PrintLayout;
  readonly perPage: PerPage;
  readonly paper: Paper;
  /**
   * A .pdf or .pptx file (one language) or a folder (one file per language), as typed:
   * relative to the folder the command was typed in.
   */
  readonly out: string;
}

export const HANDOUT_USAGE = `Usage: npm run handout -- --lang fr|en|kk|all --out <file.pdf|file.pptx|folder/>
                        [--format pdf|pptx] [--layout slides|handout] [--per-page 1|2|3|6]
                        [--paper A4|Letter]
  --lang      language of the handout, or "all" for one file per language
  --out       the file to write (a name ending in .pdf, or .pptx with --format pptx), or a
              folder (a name ending in /, or a folder that exists) for
              briefing-<lang>-<layout>.pdf or briefing-<lang>.pptx files; relative to the
              folder you are in. An existing file is replaced unless it is read-only.
  --format    pdf (default): a PDF printed from the deck;
              pptx: an editable PowerPoint deck with native charts and speaker notes
  --layout    handout (default): slides with notes, data and sources;
              slides: one 16:9 page per slide (a PowerPoint deck is always slides)
  --per-page  slides per page in the handout layout (default 1; PDF only)
  --paper     paper size of the handout layout (default A4; PDF only)`;

export class UsageError extends Error {}

export function parseHandoutOptions(args: readonly string[]): HandoutOptions {
  const seen = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (!['--lang', '--format', '--layout', '--out', '--per-page', '--paper'].includes(flag)) {
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
  const format = seen.get('--format') ?? 'pdf';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be pdf or pptx, not "${format}"`);
  }
  if (format === 'pptx') {
    // A deck is slides; the handout's pages, paper and slides per page belong to the PDF.
    for (const flag of ['--per-page', '--paper'])
      if (seen.has(flag)) throw new UsageError(`${flag} applies to PDF handouts only`);
    if ((seen.get('--layout') ?? 'slides') !== 'slides') {
      throw new UsageError('a PowerPoint deck has one slide per slide: --layout slides or none');
    }
  }
  const layout = seen.get('--layout') ?? (format === 'pptx' ? 'slides' : 'handout');
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

  return {
    format: format as ExportFormat,
    langs: lang === 'all' ? LANGUAGE_CODES : [lang],
    layout,
    perPage,
    paper,
    out,
  };
}

/** The file name of one language's handout: briefing-<lang>-<layout>.pdf or briefing-<lang>.pptx */
export function handoutFileName(
  lang: Language,
  options: Pick<HandoutOptions, 'format' | 'layout'>,
): string {
  return options.format === 'pptx'
    ? `briefing-${lang}.pptx`
    : `briefing-${lang}-${options.layout}.pdf`;
}

/** What the exporter needs to know of the disk to read `--out`. */
export interface OutContext {
  /** The folder the command was typed in (npm sets INIT_CWD to it). */
  readonly cwd: string;
  readonly isFolder: (path: string) => boolean;
}

/**
 * Where each language goes, as absolute paths. `--out` is a folder when it ends with a slash
 * or names a folder that exists (one named file per language in it), a file when it ends in
 * .pdf; anything else is ambiguous and refused, rather than silently made into a folder.
 */
export function handoutTargets(
  options: HandoutOptions,
  { cwd, isFolder }: OutContext,
): { lang: Language; path: string }[] {
  const out = resolve(cwd, options.out);
  const folder = /[\\/]$/.test(options.out) || isFolder(out);
  const extension = `.${options.format}`;
  if (!folder && !options.out.toLowerCase().endsWith(extension)) {
    const name = options.out;
    throw new UsageError(
      `--out "${name}" is neither a ${extension} file nor a folder: write "${name}${extension}" for one file, or "${name}/" for a folder`,
    );
  }
  if (!folder && options.langs.length > 1) {
    throw new UsageError(
      `--lang all writes several files: give a folder to --out, not a ${extension}`,
    );
  }
  return options.langs.map((lang) => ({
    lang,
    path: folder ? join(out, handoutFileName(lang, options)) : out,
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
