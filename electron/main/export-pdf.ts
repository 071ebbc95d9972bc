/**
 * PDF export: the user picks the file (export-file.ts), a hidden window renders print mode,
 * Chromium prints it, the bytes are written atomically. The decisions are in export-policy.ts.
 */
import { BrowserWindow } from 'electron';
import type { ExportRequest, ExportResult } from '../../core/ipc-contract.ts';
import { briefingMetadata, finishPdf } from '../../scripts/pdf-metadata.ts';
import { exportToPickedFile, type ExportContext } from './export-file.ts';
import {
  DECK_READY_EXPRESSION,
  DECK_READY_POLL_MS,
  DECK_READY_TIMEOUT_MS,
  DeckNotReadyError,
  EXPORT_TIMEOUT_MS,
  PRINTED_PAGE_EXPRESSION,
  RendererGoneError,
  exportFileName,
  printToPdfOptions,
  printedPage,
  renderFailure,
} from './export-policy.ts';
import { buildPageUrl } from './start-url.ts';
import { beforeDeadline, waitUntil } from './wait-until.ts';
import { exportWindowOptions } from './window-options.ts';

export function exportPdf(request: ExportRequest, context: ExportContext): Promise<ExportResult> {
  const { labels } = context;
  return exportToPickedFile(
    context,
    {
      fileName: exportFileName(request),
      dialogTitle: labels.exportDialogTitle,
      filter: { name: labels.pdfFiles, extension: 'pdf' },
      doneMessage: labels.exportDone,
    },
    () => renderPdf(request, context),
    renderFailure,
  );
}

/**
 * Renders in a hidden window. `loadURL`, `executeJavaScript` and `printToPDF` never settle
 * when that window's renderer hangs or dies, so each step is raced against the time left and
 * against the renderer's death; whatever happens, the window is destroyed on the way out.
 */
async function renderPdf(request: ExportRequest, context: ExportContext): Promise<Buffer> {
  const deadline = Date.now() + EXPORT_TIMEOUT_MS;
  const window = new BrowserWindow(
    exportWindowOptions({
      preloadPath: context.preloadPath,
      paper: request.paper,
      landscape: request.layout === 'slides',
    }),
  );
  const contents = window.webContents;
  let onGone: (() => void) | undefined;
  const gone = new Promise<never>((_resolve, reject) => {
    onGone = () => reject(new RendererGoneError());
  });
  // Only raced, never awaited alone: keep its rejection from being reported as unhandled.
  gone.catch(() => {});
  const rejectGone = (_event: unknown, details: { readonly reason: string }) => {
    onGone?.();
    console.warn('[briefing] export renderer gone', details.reason);
  };
  contents.on('render-process-gone', rejectGone);
  const step = <T>(promise: Promise<T>): Promise<T> =>
    beforeDeadline(
      Promise.race([promise, gone]),
      deadline,
      () => new DeckNotReadyError(EXPORT_TIMEOUT_MS),
    );
  try {
    await step(
      window.loadURL(
        buildPageUrl(context.rendererEntry, {
          language: request.language,
          mode: 'print',
          layout: request.layout,
          // The page's own @page rule sizes the PDF (preferCSSPageSize), so it is told the paper.
          paper: request.paper,
          perPage: request.perPage,
        }),
      ),
    );
    const ready = await step(
      waitUntil(async () => (await contents.executeJavaScript(DECK_READY_EXPRESSION)) === true, {
        timeoutMs: Math.min(DECK_READY_TIMEOUT_MS, deadline - Date.now()),
        intervalMs: DECK_READY_POLL_MS,
      }),
    );
    if (!ready) throw new DeckNotReadyError(DECK_READY_TIMEOUT_MS);
    const page = printedPage(
      await step(contents.executeJavaScript(PRINTED_PAGE_EXPRESSION)),
      request,
    );
    const pdf = await step(contents.printToPDF(printToPdfOptions(request)));
    // The same properties, language and bookmarks as `npm run handout` writes.
    return Buffer.from(await step(finishPdf(pdf, briefingMetadata(page))));
  } finally {
    if (!contents.isDestroyed()) contents.removeListener('render-process-gone', rejectGone);
    if (!window.isDestroyed()) window.destroy();
  }
}
