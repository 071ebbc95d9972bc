import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpOverlay } from '../../components/HelpOverlay.tsx';
import { SlideView } from '../../components/SlideView.tsx';
import { Thumbnail, useViewport } from '../../components/Stage.tsx';
import { useDeckReady } from '../../deck/readiness.ts';
import { ChartViewContext, useRenderContext } from '../../deck/render-context.ts';
import { useSlideText } from '../../deck/slide-text.ts';
import { SLIDES, slideAt } from '../../deck/slides.ts';
import { useChartViewControl, useDeck } from '../../deck/use-deck.ts';
import { formatClock, formatElapsed } from '../../i18n/format.ts';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../../../core/languages.ts';
import { storedNotesSize, storeNotesSize } from '../../platform/bridge.ts';
import { consoleLayout } from './console-layout.ts';
import { NOTES_SIZES, stepNotesSize, type NotesSize } from './notes-size.ts';
import { useDeckSync } from '../../sync/use-deck-sync.ts';
import {
  elapsedSeconds,
  pauseOrStart,
  resetStopwatch,
  startIfWaiting,
  type Stopwatch,
} from './stopwatch.ts';
import { useNow } from './use-now.ts';
import { usePresenterKeys } from './use-presenter-keys.ts';

/**
 * A button clicked with the mouse (detail > 0, unlike Enter or Space on a focused button)
 * gives the focus back, so that Space (a clicker) turns the page instead of pressing it again.
 */
function releaseClickedButton(event: MouseEvent): void {
  if (event.detail === 0 || !(event.target instanceof Element)) return;
  const button = event.target.closest('button');
  if (button instanceof HTMLElement) button.blur();
}

/**
 * `?mode=presenter`: the presenter's console. It drives every `?mode=present` window of the
 * same origin and follows them (BroadcastChannel); the notes can be in another language
 * than the audience's.
 */
export function PresenterMode() {
  const { t } = useTranslation();
  const text = useSlideText();
  const { lang, orientation } = useRenderContext();
  const [state, dispatch] = useDeck();
  // The previews show the slides in the audience's design (a portrait totem), not the console's.
  const audience = useDeckSync(state.index, state.charts, dispatch, 'presenter', orientation);
  const chartView = useChartViewControl(state.charts, dispatch);
  const root = useRef<HTMLDivElement>(null);
  useDeckReady(root, `presenter:${lang}:${state.index}:${audience}`);
  const [notesLang, setNotesLang] = useState<Language>(lang);
  const [watch, setWatch] = useState<Stopwatch | null>(null);
  const openedAt = useRef(state.index);
  useEffect(() => {
    if (state.index !== openedAt.current) setWatch((w) => startIfWaiting(w, Date.now()));
  }, [state.index]);
  const [notesSize, setNotesSize] = useState<NotesSize>(storedNotesSize);
  const now = useNow(500);
  const [width, height] = useViewport();
  const layout = consoleLayout(width, height, audience);
  const slide = slideAt(state.index);
  const next = SLIDES[state.index + 1];
  const total = SLIDES.length;

  const changeNotesSize = (step: 1 | -1) => {
    const next = stepNotesSize(notesSize, step);
    setNotesSize(next);
    storeNotesSize(next);
  };

  usePresenterKeys(state, dispatch, changeNotesSize);

  // The slide list scrolls on its own: keep the current entry in view as the deck moves, and
  // when the list's panel changes size (the window, or the clocks' buttons rewrapping).
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = list.current;
    if (!nav) return undefined;
    const reveal = () =>
      nav.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
    reveal();
    const observer = new ResizeObserver(reveal);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [state.index]);

  const openAudience = () => {
    const params = new URLSearchParams(window.location.search);
    params.set('mode', 'present');
    window.open(`?${params.toString()}${window.location.hash}`, 'briefing-audience');
  };

  return (
    <ChartViewContext.Provider value={chartView}>
      <div
        ref={root}
        className={`mode mode--presenter presenter--${layout.design}`}
        style={{
          gridTemplateColumns:
            layout.design === 'portrait'
              ? `${layout.currentWidth}px minmax(0, 1fr) ${layout.sideWidth}px`
              : `minmax(0, 1fr) ${layout.sideWidth}px`,
        }}
        onClick={releaseClickedButton}
      >
        <h1 className="visually-hidden">{t('nav.presenter')}</h1>
        <section className="presenter__current" aria-label={t('presenter.current')}>
          <h2 className="presenter__label">
            {t('presenter.current')} · {t('nav.position', { current: state.index + 1, total })}
          </h2>
          <Thumbnail width={layout.currentWidth} orientation={layout.design}>
            <SlideView slide={slide} index={state.index} total={total} current />
          </Thumbnail>
        </section>

        <section className="presenter__side">
          <div className="presenter__clocks">
            <div>
              <span className="presenter__label">{t('presenter.elapsed')}</span>
              <span className="presenter__time" data-testid="elapsed">
                {formatElapsed(watch ? elapsedSeconds(watch, now) : 0)}
              </span>
            </div>
            <div>
              <span className="presenter__label">{t('presenter.clock')}</span>
              <span className="presenter__time">{formatClock(lang, new Date(now))}</span>
            </div>
            <div className="presenter__buttons">
              <button
                type="button"
                className="chrome-button"
                onClick={() => setWatch((w) => pauseOrStart(w, Date.now()))}
              >
                {watch === null
                  ? t('presenter.start')
                  : watch.pausedAt === null
                    ? t('presenter.pause')
                    : t('presenter.resume')}
              </button>
              <button
                type="button"
                className="chrome-button"
                onClick={() => setWatch((w) => w && resetStopwatch(w, Date.now()))}
              >
                {t('presenter.reset')}
              </button>
              <button type="button" className="chrome-button" onClick={openAudience}>
                {t('presenter.openAudience')}
              </button>
            </div>
          </div>
          <h2 className="presenter__label">{t('presenter.next')}</h2>
          {next ? (
            <div inert className="presenter__next">
              <Thumbnail width={layout.nextWidth} orientation={layout.design}>
                <SlideView slide={next} index={state.index + 1} total={total} current={false} />
              </Thumbnail>
            </div>
          ) : (
            <p className="presenter__end">{t('presenter.end')}</p>
          )}
          <nav ref={list} className="presenter__list" aria-label={t('presenter.slides')}>
            <ol>
              {SLIDES.map((s, index) => (
                <li key={s.id}>
                  <button
                    type="button"
                    aria-current={index === state.index ? 'true' : undefined}
                    onClick={() => dispatch({ type: 'go', index })}
                  >
                    {index + 1}. {text(s.title)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </section>

        <section className="presenter__notes" aria-labelledby="presenter-notes-title">
          <div className="presenter__notes-head">
            <h2 id="presenter-notes-title" className="presenter__label">
              {t('print.notes')}
            </h2>
            <div className="presenter__notes-tools">
              <button
                type="button"
                className="chrome-button"
                onClick={() => changeNotesSize(-1)}
                disabled={notesSize === NOTES_SIZES[0]}
              >
                <span aria-hidden="true">A−</span>
                <span className="visually-hidden">{t('presenter.notesSmaller')}</span>
              </button>
              <button
                type="button"
                className="chrome-button"
                onClick={() => changeNotesSize(1)}
                disabled={notesSize === NOTES_SIZES[NOTES_SIZES.length - 1]}
              >
                <span aria-hidden="true">A+</span>
                <span className="visually-hidden">{t('presenter.notesLarger')}</span>
              </button>
              <label>
                {t('presenter.notesLanguage')}{' '}
                <select
                  value={notesLang}
                  onChange={(e) => setNotesLang(e.target.value as Language)}
                >
                  {LANGUAGE_CODES.map((code) => (
                    <option key={code} value={code}>
                      {LANGUAGES[code].name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </div>
          {/* Focusable so the keyboard can scroll long notes (WCAG scrollable region). */}
          <div
            className="presenter__notes-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby="presenter-notes-title"
          >
            <p
              lang={notesLang}
              className="presenter__notes-text"
              data-testid="notes"
              style={{ fontSize: notesSize }}
            >
              {text(slide.notes, notesLang)}
            </p>
          </div>
        </section>

        {state.overlay === 'help' && (
          <HelpOverlay onClose={() => dispatch({ type: 'close-overlay' })} />
        )}
      </div>
    </ChartViewContext.Provider>
  );
}
