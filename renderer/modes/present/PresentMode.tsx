import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../../app/use-idle.ts';
import { ExportDialog } from '../../components/ExportDialog.tsx';
import { HelpOverlay } from '../../components/HelpOverlay.tsx';
import { ArrowIcon } from '../../components/ArrowIcon.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { OverviewGrid } from '../../components/OverviewGrid.tsx';
import { SlideView } from '../../components/SlideView.tsx';
import { Stage } from '../../components/Stage.tsx';
import { toggleFullScreen } from '../../deck/fullscreen.ts';
import { jumpTarget } from '../../deck/navigation.ts';
import { useDeckReady } from '../../deck/readiness.ts';
import { ChartViewContext, useRenderContext } from '../../deck/render-context.ts';
import { useSlideText } from '../../deck/slide-text.ts';
import { SLIDES, slideAt } from '../../deck/slides.ts';
import { useChartViewControl, useDeck } from '../../deck/use-deck.ts';
import { useDeckSync } from '../../sync/use-deck-sync.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../../core/languages.ts';
import { shellApi } from '../../platform/bridge.ts';
import { usePointerTurns } from './use-pointer-turns.ts';
import { usePresentKeys } from './use-present-keys.ts';
import { useShellCommands } from './use-shell-commands.ts';

interface Props {
  readonly onLanguage: (lang: Language) => void;
  readonly onNotice: (message: string) => void;
  readonly onPresenter: () => void;
}

export function PresentMode({ onLanguage, onNotice, onPresenter }: Props) {
  const { t } = useTranslation();
  const text = useSlideText();
  const { lang, orientation } = useRenderContext();
  const [state, dispatch] = useDeck();
  useDeckSync(state.index, state.charts, dispatch, 'audience', orientation);
  const chartView = useChartViewControl(state.charts, dispatch);
  const root = useRef<HTMLDivElement>(null);
  const slide = slideAt(state.index);
  const total = SLIDES.length;
  const idle = useIdle(2500);
  const [exporting, setExporting] = useState(false);
  const openExport = () => {
    if (shellApi()) setExporting(true);
    else onNotice(t('notice.exportNeedsApp'));
  };
  useDeckReady(root, `present:${lang}:${state.index}:${state.overlay}`);

  const fullScreen = () =>
    void toggleFullScreen().then((ok) => ok || onNotice(t('notice.fullscreenUnavailable')));

  usePresentKeys(state, dispatch, {
    exporting,
    closeExport: () => setExporting(false),
    fullScreen,
    openPresenter: onPresenter,
  });
  useShellCommands(dispatch, { onLanguage, onPresenter, onExport: () => setExporting(true) });
  const pointerTurns = usePointerTurns(dispatch);

  if (state.overlay === 'overview') {
    return (
      <ChartViewContext.Provider value={chartView}>
        <div ref={root} className="mode mode--overview-overlay">
          <OverviewGrid
            current={state.index}
            onHighlight={(index) => dispatch({ type: 'highlight', index })}
            onOpen={(index) => dispatch({ type: 'go', index })}
          />
        </div>
      </ChartViewContext.Provider>
    );
  }

  // While the help dialog is open, everything behind it is out of reach (a modal dialog).
  const behindDialog = state.overlay === 'help';

  return (
    <ChartViewContext.Provider value={chartView}>
      <div
        ref={root}
        className={`mode mode--present${idle ? ' mode--idle' : ''}${state.moved ? ' mode--moved' : ''}`}
      >
        <main
          inert={behindDialog}
          className="present__stage"
          aria-roledescription="slides"
          aria-label={t('app.deckLabel')}
          {...pointerTurns}
        >
          <Stage>
            <SlideView key={slide.id} slide={slide} index={state.index} total={total} current />
          </Stage>
        </main>

        <div
          className="progress"
          role="progressbar"
          aria-label={t('nav.progress')}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={state.index + 1}
        >
          <div
            className="progress__bar"
            style={{ width: `${((state.index + 1) / total) * 100}%` }}
          />
        </div>

        <nav className="chrome" aria-label={t('app.deckLabel')} inert={behindDialog}>
          <button
            type="button"
            className="chrome-button"
            aria-label={t('nav.previous')}
            disabled={state.index === 0}
            onClick={() => dispatch({ type: 'previous' })}
          >
            <ArrowIcon direction="previous" />
          </button>
          <span className="chrome__counter" data-testid="counter">
            {formatNumber(lang, state.index + 1)} / {formatNumber(lang, total)}
          </span>
          <button
            type="button"
            className="chrome-button"
            aria-label={t('nav.next')}
            disabled={state.index === total - 1}
            onClick={() => dispatch({ type: 'next' })}
          >
            <ArrowIcon direction="next" />
          </button>
          <button
            type="button"
            className="chrome-button"
            onClick={() => dispatch({ type: 'toggle-overview' })}
          >
            {t('nav.overview')}
          </button>
          <button type="button" className="chrome-button" onClick={fullScreen}>
            {t('nav.fullscreen')}
          </button>
          <button type="button" className="chrome-button" onClick={openExport}>
            {t('nav.export')}
          </button>
          <button
            type="button"
            className="chrome-button"
            aria-label={t('nav.help')}
            onClick={() => dispatch({ type: 'toggle-help' })}
          >
            ?
          </button>
          <LanguageSwitcher current={lang} onChange={onLanguage} />
        </nav>

        {state.jump !== '' && (
          <div className="jump" role="status">
            {jumpTarget(state) === null
              ? t('nav.jumpNone', { number: state.jump, total })
              : t('nav.jumpPrompt', { number: state.jump })}
          </div>
        )}

        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {t('nav.position', { current: state.index + 1, total })}. {text(slide.title)}
        </div>

        {exporting && <ExportDialog lang={lang} onClose={() => setExporting(false)} />}

        {state.overlay === 'help' && (
          <HelpOverlay onClose={() => dispatch({ type: 'close-overlay' })} />
        )}
      </div>
    </ChartViewContext.Provider>
  );
}
