import { Dialog } from './Dialog.tsx';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportErrorCode, ExportRequest, ExportResult } from '../../core/ipc-contract.ts';
import {
  EXPORT_FORMATS,
  PAPERS,
  PER_PAGE,
  PRINT_LAYOUTS,
  type ExportFormat,
} from '../../core/modes.ts';
import { formatNumber } from '../i18n/format.ts';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../../core/languages.ts';
import { shellApi } from '../platform/bridge.ts';
import { briefingPptx } from '../export/pptx/load-pptx.ts';

type Phase =
  | { readonly kind: 'choosing' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly path: string }
  | { readonly kind: 'failed'; readonly error: Exclude<ExportErrorCode, 'cancelled'> };

/** What the dialog asks: the format, and for a PDF what `ExportRequest` carries. */
type Choice = ExportRequest & { readonly format: ExportFormat };

/**
 * File → Export…: the user picks the format, the language and, for a PDF, the layout, paper
 * and (for the handout) slides a page, as `npm run handout` offers. A PDF is rendered by
 * main in a hidden window; a PowerPoint deck is built here, by the builder the command line
 * runs, and main only asks where to save it. Main writes either atomically. Progress and
 * every outcome are shown here, in the user's language.
 */
export function ExportDialog({ lang, onClose }: { lang: Language; onClose: () => void }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<Choice>({
    format: 'pdf',
    language: lang,
    layout: 'handout',
    paper: 'A4',
    perPage: 1,
  });
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const first = useRef<HTMLInputElement>(null);
  const formatLabel = { pdf: t('export.formats.pdf'), pptx: t('export.formats.pptx') };
  const layoutLabel = {
    slides: t('export.layouts.slides'),
    handout: t('export.layouts.handout'),
  };
  const pptx = request.format === 'pptx';
  const errorText = {
    busy: t('export.errors.busy'),
    unwritable: t('export.errors.unwritable'),
    'disk-full': t('export.errors.disk-full'),
    'write-failed': pptx ? t('export.errorsPptx.write-failed') : t('export.errors.write-failed'),
    timeout: t('export.errors.timeout'),
    'render-failed': pptx ? t('export.errorsPptx.render-failed') : t('export.errors.render-failed'),
  };
  useEffect(() => first.current?.focus(), []);

  const start = async () => {
    const shell = shellApi();
    if (!shell) return;
    setPhase({ kind: 'working' });
    try {
      const { format, ...pdf } = request;
      let result: ExportResult;
      if (format === 'pptx') {
        result = await shell.exportPptx({
          language: request.language,
          deck: await briefingPptx(request.language),
        });
      } else {
        result = await shell.exportPdf(pdf);
      }
      if (result.ok) setPhase({ kind: 'done', path: result.path });
      else if (result.error === 'cancelled') setPhase({ kind: 'choosing' });
      else setPhase({ kind: 'failed', error: result.error });
    } catch {
      // A deck that could not be built, or a refused or broken IPC call: the same words as a
      // failed render.
      setPhase({ kind: 'failed', error: 'render-failed' });
    }
  };

  const group = <K extends keyof Choice>(
    key: K,
    legend: string,
    options: readonly { value: Choice[K]; label: string }[],
    hint?: string,
  ) => (
    <fieldset
      className="export__group"
      aria-describedby={hint === undefined ? undefined : `export-${key}-hint`}
    >
      <legend>{legend}</legend>
      {options.map((option, i) => (
        <label key={String(option.value)} className="export__option">
          <input
            ref={key === 'language' && i === 0 ? first : undefined}
            type="radio"
            name={`export-${key}`}
            checked={request[key] === option.value}
            onChange={() => setRequest((r) => ({ ...r, [key]: option.value }))}
          />{' '}
          {option.label}
        </label>
      ))}
      {hint !== undefined && (
        <p id={`export-${key}-hint`} className="export__hint">
          {hint}
        </p>
      )}
    </fieldset>
  );

  return (
    <Dialog title={t('export.title')} className="help export">
      {phase.kind === 'choosing' && (
        <>
          {group(
            'format',
            t('export.format'),
            EXPORT_FORMATS.map((format) => ({ value: format, label: formatLabel[format] })),
          )}
          {group(
            'language',
            t('nav.language'),
            LANGUAGE_CODES.map((code) => ({ value: code, label: LANGUAGES[code].name })),
          )}
          {!pptx &&
            group(
              'layout',
              t('export.layout'),
              PRINT_LAYOUTS.map((layout) => ({ value: layout, label: layoutLabel[layout] })),
            )}
          {!pptx &&
            group(
              'paper',
              t('export.paper'),
              PAPERS.map((paper) => ({ value: paper, label: paper })),
            )}
          {!pptx &&
            request.layout === 'handout' &&
            group(
              'perPage',
              t('export.perPage'),
              PER_PAGE.map((n) => ({ value: n, label: formatNumber(lang, n) })),
              t('export.perPageHint'),
            )}
          <div className="export__buttons">
            <button type="button" className="chrome-button" onClick={() => void start()}>
              {t('export.submit')}
            </button>
            <button type="button" className="chrome-button" onClick={onClose}>
              {t('export.cancel')}
            </button>
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === 'working' && <p>{pptx ? t('export.workingPptx') : t('export.working')}</p>}
        {phase.kind === 'done' && (
          <p>
            {pptx
              ? t('export.donePptx', { path: phase.path })
              : t('export.done', { path: phase.path })}
          </p>
        )}
        {phase.kind === 'failed' && <p role="alert">{errorText[phase.error]}</p>}
      </div>
      {(phase.kind === 'done' || phase.kind === 'failed') && (
        <button type="button" className="chrome-button" onClick={onClose}>
          {t('help.close')}
        </button>
      )}
    </Dialog>
  );
}
