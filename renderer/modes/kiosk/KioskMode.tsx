import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowIcon } from '../../components/ArrowIcon.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { SlideView } from '../../components/SlideView.tsx';
import { Stage } from '../../components/Stage.tsx';
import { useDeckReady } from '../../deck/readiness.ts';
import { useRenderContext } from '../../deck/render-context.ts';
import { shellApi } from '../../platform/bridge.ts';
import { SLIDES, slideAt } from '../../deck/slides.ts';
import { slideIdFromHash, type KioskParams } from '../../deck/url.ts';
import { indexOfSlide } from '../../deck/use-deck.ts';
import type { Language } from '../../../core/languages.ts';
import { KioskExitDialog } from './KioskExitDialog.tsx';
import {
  DEFAULT_IDLE_SECONDS,
  kioskChooseLanguage,
  kioskDwells,
  kioskGo,
  kioskInput,
  kioskLanguage,
  kioskStart,
  kioskTick,
  nextWakeUp,
  rotationIndex,
  type KioskConfig,
} from './kiosk-timing.ts';
import { useControlsHeight } from './use-controls-height.ts';
import { useExitCorner } from './use-exit-corner.ts';
import { useVisitorInput } from './use-visitor-input.ts';

interface Props {
  readonly params: KioskParams;
  readonly startLanguage: Language;
  /** Shows a language without remembering it as the user's choice. */
  readonly onLanguage: (lang: Language) => void;
}

/**
 * `?mode=kiosk`: the unattended loop. Timing decisions are in kiosk-timing.ts; this
 * component schedules the next tick and turns visitors' input into kiosk events.
 */
export function KioskMode({ params, startLanguage, onLanguage }: Props) {
  const { t } = useTranslation();
  const { lang } = useRenderContext();
  const config: KioskConfig = useMemo(
    () => ({
      dwells: kioskDwells(SLIDES, params),
      idle: params.idle ?? DEFAULT_IDLE_SECONDS,
      langs: params.langs ?? [startLanguage],
    }),
    [params, startLanguage],
  );
  // A desktop kiosk reloaded after a crash opens at `#/<slide>` in the language it was
  // showing (`lang=`): carry on from there.
  const [state, setState] = useState(() =>
    kioskStart(
      performance.now(),
      indexOfSlide(slideIdFromHash(window.location.hash)),
      rotationIndex(config.langs, startLanguage),
    ),
  );
  const shell = shellApi();
  const pinExit = params.exit === 'pin' && shell !== undefined;
  const [exitOpen, setExitOpen] = useState(false);
  // The dialog goes away with the visitor: when the kiosk runs again, it is closed.
  const [wasPaused, setWasPaused] = useState(state.paused);
  if (wasPaused !== state.paused) {
    setWasPaused(state.paused);
    if (!state.paused) setExitOpen(false);
  }
  // The slide it opened on is simply there; the slides after it glide in (stage.css).
  const [openedOn] = useState(state.index);
  const [moved, setMoved] = useState(false);
  if (!moved && state.index !== openedOn) setMoved(true);
  const root = useRef<HTMLDivElement>(null);
  const controls = useRef<HTMLElement>(null);
  const controlsHeight = useControlsHeight(controls, state.paused);
  const slide = slideAt(state.index);
  const shownLang = kioskLanguage(state, config);
  useDeckReady(root, `kiosk:${lang}:${state.index}`);

  // Before paint: at the end of a loop the title must not flash in the old language.
  useLayoutEffect(() => {
    if (shownLang !== lang) onLanguage(shownLang);
  }, [shownLang, lang, onLanguage]);

  // Main keeps the slide, so that a crashed kiosk comes back where it was.
  useEffect(() => {
    shell
      ?.goToSlide(state.index)
      .catch((error: unknown) => console.warn('[briefing] could not report the slide', error));
  }, [shell, state.index]);

  const openExit = useCallback(() => setExitOpen(true), []);
  useExitCorner(pinExit, openExit);

  useEffect(() => {
    const timer = setTimeout(
      () => setState((s) => kioskTick(s, performance.now(), config)),
      nextWakeUp(state, performance.now(), config) + 5,
    );
    return () => clearTimeout(timer);
  }, [state, config]);

  const input = useCallback(() => setState((s) => kioskInput(s, performance.now())), []);
  const go = useCallback(
    (index: number) => setState((s) => kioskGo(s, index, performance.now(), SLIDES.length)),
    [],
  );

  const step = useCallback(
    (by: 1 | -1) => setState((s) => kioskGo(s, s.index + by, performance.now(), SLIDES.length)),
    [],
  );
  const cursorHidden = useVisitorInput({ input, step });

  return (
    <div
      ref={root}
      className={`mode mode--kiosk${moved ? ' mode--moved' : ''}${cursorHidden ? ' mode--cursor-hidden' : ''}`}
      data-kiosk-state={state.paused ? 'paused' : 'running'}
    >
      <main aria-roledescription="slides" aria-label={t('app.deckLabel')}>
        <Stage reserveBottom={state.paused ? controlsHeight : 0}>
          <SlideView
            key={slide.id}
            slide={slide}
            index={state.index}
            total={SLIDES.length}
            current
          />
        </Stage>
      </main>
      <div className="progress" aria-hidden="true">
        <div
          className="progress__bar"
          style={{ width: `${((state.index + 1) / SLIDES.length) * 100}%` }}
        />
      </div>
      {state.paused ? (
        <nav ref={controls} className="kiosk-controls" aria-label={t('app.deckLabel')}>
          <button
            type="button"
            className="kiosk-button"
            aria-label={t('nav.previous')}
            disabled={state.index === 0}
            onClick={() => go(state.index - 1)}
          >
            <ArrowIcon direction="previous" />
          </button>
          <LanguageSwitcher
            current={lang}
            onChange={(next) => setState((s) => kioskChooseLanguage(s, next, performance.now()))}
          />
          <button
            type="button"
            className="kiosk-button"
            aria-label={t('nav.next')}
            disabled={state.index === SLIDES.length - 1}
            onClick={() => go(state.index + 1)}
          >
            <ArrowIcon direction="next" />
          </button>
          <p className="kiosk-controls__hint">{t('kiosk.resumes')}</p>
        </nav>
      ) : (
        <p className="kiosk-hint">{t('kiosk.touchHint')}</p>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('nav.position', { current: state.index + 1, total: SLIDES.length })}
      </div>
      {exitOpen && shell && (
        <KioskExitDialog
          onExit={(pin) => shell.exitKiosk(pin)}
          onClose={() => setExitOpen(false)}
        />
      )}
    </div>
  );
}
