import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../app/use-idle.ts';
import { ExportDialog } from '../components/ExportDialog.tsx';
import { HelpOverlay } from '../components/HelpOverlay.tsx';
import { ArrowIcon } from '../components/ArrowIcon.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { OverviewGrid } from '../components/OverviewGrid.tsx';
import { SlideView } from '../components/SlideView.tsx';
import { Stage } from '../components/Stage.tsx';
import { toggleFullScreen } from '../deck/fullscreen.ts';
import { swipeGesture, tapGesture } from '../deck/gestures.ts';
import { commandForKey } from '../deck/keyboard.ts';
import { useWindowKeys } from '../deck/use-window-keys.ts';
import { jumpTarget } from '../deck/navigation.ts';
import { useDeckReady } from '../deck/readiness.ts';
import { ChartViewContext, useRenderContext } from '../deck/render-context.ts';
import { useSlideText } from '../deck/slide-text.ts';
import { SLIDES, slideAt } from '../deck/slides.ts';
import { indexOfSlide, useChartViewControl, useDeck } from '../deck/use-deck.ts';
import { useDeckSync } from '../presenter/use-deck-sync.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Language } from '../../core/languages.ts';
import { shellApi } from '../platform/bridge.ts';

interface Props {
  readonly onLanguage: (lang: Language) => void;
  readonly onNotice: (message: string) => void;
  readonly onPresenter: () => void;
}

/** Elements that handle their own clicks: a tap on them is not a page turn. */
const INTERACTIVE = 'button, a, input, select, textarea, [role="button"], [data-no-nav]';

export function PresentMode({ onLanguage, onNotice, onPresenter }: Props) {
  const { t } = useTranslation();
  const text = useSlideText();
  const { lang } = useRenderContext();
  const [state, dispatch] = useDeck();
  useDeckSync(state.index, state.charts, dispatch, 'audience');
  const chartView = useChartViewControl(state.charts, dispatch);
  const root = useRef<HTMLDivElement>(null);
  const pointerStart = useRef<{ x: number; y: number } | null>(null);
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

  useWindowKeys((event) => {
    // The export dialog owns the keyboard; Escape closes it.
    if (exporting) {
      if (event.key === 'Escape') setExporting(false);
      return;
    }
    // Inside the help dialog only Escape/? act on the deck; Tab and Enter stay with the dialog.
    if (state.overlay === 'help' && !['Escape', '?'].includes(event.key)) return;
    if (state.overlay === 'overview' && ['Enter', ' '].includes(event.key)) return;
    // Space on a focused control presses it (WAI-ARIA button behaviour), not "next slide".
    if (event.key === ' ' && (event.target as Element).closest(INTERACTIVE)) return;
    const command = commandForKey(event, state);
    // The notes' type size is the presenter console's; here + and − stay the browser's.
    if (!command || command.type === 'notes-size') return;
    event.preventDefault();
    if (command.type === 'deck') dispatch(command.action);
    else if (command.type === 'fullscreen') fullScreen();
    else onPresenter();
  });

  useEffect(
    () =>
      shellApi()?.onCommand((command) => {
        if (command.type === 'show-overview') dispatch({ type: 'toggle-overview' });
        else if (command.type === 'show-help') dispatch({ type: 'toggle-help' });
        else if (command.type === 'toggle-presenter') onPresenter();
        else if (command.type === 'set-language') onLanguage(command.language);
        else if (command.type === 'go')
          dispatch({ type: 'go', index: indexOfSlide(command.slideId) });
        else if (command.type === 'export-pdf') setExporting(true);
      }),
    [dispatch, onLanguage, onPresenter],
  );

  const onPointerDown = (event: PointerEvent) => {
    pointerStart.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = pointerStart.current;
    pointerStart.current = null;
    if (!start || (event.target as Element).closest(INTERACTIVE)) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const gesture =
      Math.hypot(dx, dy) < 10 ? tapGesture(event.clientX, window.innerWidth) : swipeGesture(dx, dy);
    if (gesture) dispatch({ type: gesture });
  };

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
          onPointerDown={onPointerDown}
          onPointerUp={onPointerUp}
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
