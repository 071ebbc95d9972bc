/**
 * The decisions of a PDF export: file name, print options, how long to wait, and which
 * ExportErrorCode a failure is. The Electron calls live in export-pdf.ts.
 */
import type { PrintToPDFOptions } from 'electron';
import type { ExportErrorCode, ExportRequest, ExportResult } from '../../core/ipc-contract.ts';
import { isLanguage, type Language } from '../../core/languages.ts';
import { OUTLINE_SELECTOR, parseOutline } from '../../core/pdf-outline.ts';
import type { PrintedPage } from '../../core/document-properties.ts';

/** Print mode sets this once fonts are loaded and every chart has drawn (DESIGN.md). */
export const DECK_READY_EXPRESSION = "document.documentElement.dataset.deckReady === 'true'";

/** A full handout with every chart drawn takes a few seconds; a minute means something is stuck. */
export const DECK_READY_TIMEOUT_MS = 60_000;
export const DECK_READY_POLL_MS = 100;
/** The whole render (load, wait for the deck, print): past it the export gives up. */
export const EXPORT_TIMEOUT_MS = 120_000;

/**
 * What the PDF's properties and bookmarks are made from, read from the printed page as
 * `npm run handout` reads it: the language shown, the first heading, print mode's outline.
 */
export const PRINTED_PAGE_EXPRESSION = `JSON.stringify({
  language: document.documentElement.lang,
  heading: document.querySelector('h1')?.textContent ?? document.title,
  outline: document.querySelector(${JSON.stringify(OUTLINE_SELECTOR)})?.textContent ?? null,
})`;

/**
 * The page's answer to PRINTED_PAGE_EXPRESSION, checked: what the page says is used only
 * where it makes sense, the request's language and no bookmarks otherwise.
 */
export function printedPage(answer: unknown, request: ExportRequest): PrintedPage {
  let read: Record<string, unknown> = {};
  try {
    const parsed: unknown = typeof answer === 'string' ? JSON.parse(answer) : undefined;
    if (typeof parsed === 'object' && parsed !== null) read = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: the properties fall back to the request's.
  }
  const heading = typeof read['heading'] === 'string' ? read['heading'].trim() : '';
  return {
    language: isLanguage(read['language']) ? read['language'] : request.language,
    heading: heading === '' ? 'China–Kazakhstan briefing' : heading.slice(0, 300),
    layout: request.layout,
    outline: typeof read['outline'] === 'string' ? parseOutline(read['outline']) : undefined,
  };
}

/** The name the save dialog offers: briefing-fr-handout.pdf, briefing-fr-handout-3-per-page.pdf. */
export function exportFileName({ language, layout, perPage }: ExportRequest): string {
  const several = layout === 'handout' && perPage > 1 ? `-${perPage}-per-page` : '';
  return `briefing-${language}-${layout}${several}.pdf`;
}

/** The name the save dialog offers for a PowerPoint deck: briefing-fr.pptx, as the CLI names it. */
export function pptxFileName(language: Language): string {
  return `briefing-${language}.pptx`;
}

export function printToPdfOptions(request: ExportRequest): PrintToPDFOptions {
  return {
    pageSize: request.paper,
    // Slides are landscape pages; the handout (slides with notes and tables) reads portrait.
    landscape: request.layout === 'slides',
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    // As `npm run handout` prints (Playwright's page.pdf): no margins of the printer's own, so
    // the page's @page rule alone sets them. Electron's default would add 1 cm on every side.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

export function exportFailure(error: ExportErrorCode, message: string): ExportResult {
  return { ok: false, error, message };
}

/** The path the user picked, or undefined when the dialog was cancelled. */
export function pickedPath(result: {
  readonly canceled: boolean;
  readonly filePath?: string;
}): string | undefined {
  return result.canceled || !result.filePath ? undefined : result.filePath;
}

/** Thrown by the export when the deck never reports ready. */
export class DeckNotReadyError extends Error {
  constructor(timeoutMs: number) {
    super(`The deck was not ready to print after ${timeoutMs / 1000} s`);
    this.name = 'DeckNotReadyError';
  }
}

/** Thrown by the export when the hidden window's renderer crashes or is killed. */
export class RendererGoneError extends Error {
  constructor() {
    super('The page that renders the PDF stopped');
    this.name = 'RendererGoneError';
  }
}

export function renderFailure(error: unknown): ExportResult {
  if (error instanceof DeckNotReadyError) return exportFailure('timeout', error.message);
  return exportFailure('render-failed', `Could not render the PDF: ${messageOf(error)}`);
}

const WRITE_ERRORS: Readonly<Record<string, ExportErrorCode>> = {
  EACCES: 'unwritable',
  EPERM: 'unwritable',
  EROFS: 'unwritable',
  ENOENT: 'unwritable',
  ENOTDIR: 'unwritable',
  EISDIR: 'unwritable',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
};

/** Maps a file-system error from writing the file to what the user can act on. */
export function writeFailure(error: unknown): ExportResult {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const mapped = typeof code === 'string' ? WRITE_ERRORS[code] : undefined;
  return exportFailure(mapped ?? 'write-failed', `Could not save the file: ${messageOf(error)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
