/**
 * PDF export: the user picks the file, a hidden window renders print mode, Chromium prints
 * it, the bytes are written atomically. The decisions are in export-policy.ts.
 */
import { join } from 'node:path';
import {
  BrowserWindow,
  dialog,
  shell,
  type MessageBoxOptions,
  type SaveDialogOptions,
} from 'electron';
import type { ExportRequest, ExportResult } from '../../core/ipc-contract.ts';
import { briefingMetadata, finishPdf } from '../../scripts/pdf-metadata.ts';
import { writeFileAtomic } from './atomic-write.ts';
import {
  DECK_READY_EXPRESSION,
  DECK_READY_POLL_MS,
  DECK_READY_TIMEOUT_MS,
  DeckNotReadyError,
  EXPORT_TIMEOUT_MS,
  PRINTED_PAGE_EXPRESSION,
  RendererGoneError,
  exportFailure,
  exportFileName,
  pickedPath,
  printToPdfOptions,
  printedPage,
  renderFailure,
  writeFailure,
} from './export-policy.ts';
import type { ShellLabels } from './menu-labels.ts';
import { buildPageUrl } from './start-url.ts';
import { beforeDeadline, waitUntil } from './wait-until.ts';
import { exportWindowOptions } from './window-options.ts';

export interface ExportContext {
  /** The window that asked; dialogs are modal to it. */
  readonly owner: BrowserWindow | null;
  readonly preloadPath: string;
  readonly rendererEntry: string;
  /** Where the save dialog opens (the user's Documents folder). */
  readonly defaultFolder: string;
  /** Words for the dialogs, in the interface language. */
  readonly labels: ShellLabels;
}

// One export at a time: a second request while the dialog or the render is open is refused.
let busy = false;

export async function exportPdf(
  request: ExportRequest,
  context: ExportContext,
): Promise<ExportResult> {
  if (busy) return exportFailure('busy', 'Another export is in progress');
  busy = true;
  try {
    return await runExport(request, context);
  } finally {
    busy = false;
  }
}

async function runExport(request: ExportRequest, context: ExportContext): Promise<ExportResult> {
  const options: SaveDialogOptions = {
    title: context.labels.exportDialogTitle,
    defaultPath: join(context.defaultFolder, exportFileName(request)),
    filters: [{ name: context.labels.pdfFiles, extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = context.owner && !context.owner.isDestroyed() ? context.owner : undefined;
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  // The only path ever written: the one the user picked.
  const target = pickedPath(choice);
  if (target === undefined) return exportFailure('cancelled', 'The export was cancelled');

  let pdf: Buffer;
  try {
    pdf = await renderPdf(request, context);
  } catch (error) {
    return renderFailure(error);
  }
  try {
    await writeFileAtomic(target, pdf);
  } catch (error) {
    return writeFailure(error);
  }
  offerToShowInFolder(target, context);
  return { ok: true, path: target };
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

/**
 * Not awaited: the renderer gets its result at once, the message box stays up on its own.
 * The PDF is written by now, so nothing here may turn the export into a failure: the owner
 * window may have closed meanwhile (Electron throws on a destroyed window), and then the
 * box is shown on its own.
 */
function offerToShowInFolder(path: string, context: ExportContext): void {
  const { labels } = context;
  const options: MessageBoxOptions = {
    type: 'info',
    message: labels.exportDone,
    detail: path,
    buttons: [labels.showInFolder, labels.close],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const owner = context.owner && !context.owner.isDestroyed() ? context.owner : undefined;
  let shown: Promise<{ readonly response: number }>;
  try {
    shown = owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
  } catch (error) {
    console.warn('[briefing] export message box failed', error);
    return;
  }
  shown
    .then(({ response }) => {
      if (response === 0) shell.showItemInFolder(path);
    })
    .catch((error: unknown) => console.warn('[briefing] export message box failed', error));
}
