import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { SlideView } from '../components/SlideView.tsx';
import { Stage } from '../components/Stage.tsx';
import { useDeckReady } from '../deck/readiness.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { SLIDES, slideAt } from '../deck/slides.ts';
import type { KioskParams } from '../deck/url.ts';
import type { Language } from '../i18n/languages.ts';
import {
  DEFAULT_IDLE_SECONDS,
  kioskChooseLanguage,
  kioskGo,
  kioskInput,
  kioskLanguage,
  kioskStart,
  kioskTick,
  nextWakeUp,
  type KioskConfig,
} from '../kiosk/kiosk-timing.ts';

interface Props {
  readonly params: KioskParams;
  readonly startLanguage: Language;
  /** Shows a language without remembering it as the user's choice. */
  readonly onLanguage: (lang: Language) => void;
}

/** The pointer hides after this long without movement, so it never sits on a slide. */
const CURSOR_HIDE_MS = 3000;

/**
 * `?mode=kiosk`: the unattended loop. Timing decisions are in kiosk/kiosk-timing.ts; this
 * component schedules the next tick and turns visitors' input into kiosk events.
 */
export function KioskMode({ params, startLanguage, onLanguage }: Props) {
  const { t } = useTranslation();
  const { lang } = useRenderContext();
  const config: KioskConfig = useMemo(
    () => ({
      dwells: SLIDES.map((slide) => slide.dwell),
      dwellOverride: params.dwell,
      idle: params.idle ?? DEFAULT_IDLE_SECONDS,
      langs: params.langs ?? [startLanguage],
    }),
    [params, startLanguage],
  );
  const [state, setState] = useState(() => kioskStart(performance.now()));
  const [cursorHidden, setCursorHidden] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const slide = slideAt(state.index);
  const shownLang = kioskLanguage(state, config);
  useDeckReady(root, `kiosk:${lang}:${state.index}`);

  useEffect(() => {
    if (shownLang !== lang) onLanguage(shownLang);
  }, [shownLang, lang, onLanguage]);

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'ArrowDown', ' ', 'PageDown'].includes(event.key)) {
        event.preventDefault();
        setState((s) => kioskGo(s, s.index + 1, performance.now(), SLIDES.length));
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) {
        event.preventDefault();
        setState((s) => kioskGo(s, s.index - 1, performance.now(), SLIDES.length));
      } else {
        input();
      }
    };
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setCursorHidden(false);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => setCursorHidden(true), CURSOR_HIDE_MS);
    };
    onMove();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', input);
    window.addEventListener('wheel', input);
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(hideTimer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', input);
      window.removeEventListener('wheel', input);
      window.removeEventListener('pointermove', onMove);
    };
  }, [input]);

  return (
    <div
      ref={root}
      className={`mode mode--kiosk${cursorHidden ? ' mode--cursor-hidden' : ''}`}
      data-kiosk-state={state.paused ? 'paused' : 'running'}
    >
      <main aria-roledescription="slides" aria-label={t('app.deckLabel')}>
        <Stage>
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
        <nav className="kiosk-controls" aria-label={t('app.deckLabel')}>
          <button
            type="button"
            className="kiosk-button"
            aria-label={t('nav.previous')}
            disabled={state.index === 0}
            onClick={() => go(state.index - 1)}
          >
            ←
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
            →
          </button>
          <p className="kiosk-controls__hint">{t('kiosk.resumes')}</p>
        </nav>
      ) : (
        <p className="kiosk-hint">{t('kiosk.touchHint')}</p>
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('nav.position', { current: state.index + 1, total: SLIDES.length })}
      </div>
    </div>
  );
}
