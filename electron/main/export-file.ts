/**
 * What every export shares, PDF or PowerPoint: one at a time, the user picks the file, the
 * bytes are made, written atomically, and the user is offered the folder. The decisions are
 * in export-policy.ts; export-pdf.ts and export-pptx.ts say how their bytes are made.
 */
import { join } from 'node:path';
import {
  dialog,
  shell,
  type BrowserWindow,
  type MessageBoxOptions,
  type SaveDialogOptions,
} from 'electron';
import type { ExportResult } from '../../core/ipc-contract.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { exportFailure, pickedPath, writeFailure } from './export-policy.ts';
import type { ShellLabels } from './menu-labels.ts';

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

/** The save dialog's words and filter, and the message once the file is written. */
export interface ExportFile {
  readonly fileName: string;
  readonly dialogTitle: string;
  readonly filter: { readonly name: string; readonly extension: string };
  readonly doneMessage: string;
}

// One export at a time, whatever its format: a second request while a dialog or a render
// is open is refused.
let busy = false;

/**
 * Asks where to save, makes the bytes (`make`; its failures are worded by `makeFailure`),
 * writes them atomically. The only path ever written is the one the user picked.
 */
export async function exportToPickedFile(
  context: ExportContext,
  file: ExportFile,
  make: () => Promise<Uint8Array>,
  makeFailure: (error: unknown) => ExportResult,
): Promise<ExportResult> {
  if (busy) return exportFailure('busy', 'Another export is in progress');
  busy = true;
  try {
    const options: SaveDialogOptions = {
      title: file.dialogTitle,
      defaultPath: join(context.defaultFolder, file.fileName),
      filters: [{ name: file.filter.name, extensions: [file.filter.extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = liveOwner(context);
    const choice = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    const target = pickedPath(choice);
    if (target === undefined) return exportFailure('cancelled', 'The export was cancelled');

    let bytes: Uint8Array;
    try {
      bytes = await make();
    } catch (error) {
      return makeFailure(error);
    }
    try {
      await writeFileAtomic(target, bytes);
    } catch (error) {
      return writeFailure(error);
    }
    offerToShowInFolder(target, file.doneMessage, context);
    return { ok: true, path: target };
  } finally {
    busy = false;
  }
}

function liveOwner(context: ExportContext): BrowserWindow | undefined {
  return context.owner && !context.owner.isDestroyed() ? context.owner : undefined;
}

/**
 * Not awaited: the renderer gets its result at once, the message box stays up on its own.
 * The file is written by now, so nothing here may turn the export into a failure: the owner
 * window may have closed meanwhile (Electron throws on a destroyed window), and then the
 * box is shown on its own.
 */
function offerToShowInFolder(path: string, message: string, context: ExportContext): void {
  const { labels } = context;
  const options: MessageBoxOptions = {
    type: 'info',
    message,
    detail: path,
    buttons: [labels.showInFolder, labels.close],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const owner = liveOwner(context);
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
