/**
 * PowerPoint export: the renderer has built the deck (renderer/export/pptx/, the builder
 * `npm run handout -- --format pptx` runs too) and sent its bytes, checked by the IPC schema
 * (a zip archive of bounded size); main asks where to save it and writes it atomically.
 */
import type { ExportResult, PptxExportRequest } from '../../core/ipc-contract.ts';
import { exportToPickedFile, type ExportContext } from './export-file.ts';
import { exportFailure, pptxFileName } from './export-policy.ts';

export function exportPptx(
  request: PptxExportRequest,
  context: ExportContext,
): Promise<ExportResult> {
  const { labels } = context;
  return exportToPickedFile(
    context,
    {
      fileName: pptxFileName(request.language),
      dialogTitle: labels.exportPptxDialogTitle,
      filter: { name: labels.pptxFiles, extension: 'pptx' },
      doneMessage: labels.exportPptxDone,
    },
    // The bytes are already made: nothing can fail between the dialog and the write.
    () => Promise.resolve(request.deck),
    (error) => exportFailure('render-failed', String(error)),
  );
}
