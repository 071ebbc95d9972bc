import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Notices } from '../components/Notices.tsx';
import { RenderContext, type RenderContextValue } from '../deck/render-context.ts';
import { searchWithLanguage, type UrlOptions } from '../deck/url.ts';
import { addLanguage, createI18n, problemsFor } from '../i18n/i18n.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../core/languages.ts';
import { KioskMode } from '../modes/kiosk/KioskMode.tsx';
import { OverviewMode } from '../modes/overview/OverviewMode.tsx';
import { PresenterMode } from '../modes/presenter/PresenterMode.tsx';
import { PresentMode } from '../modes/present/PresentMode.tsx';
import { PrintMode } from '../modes/print/PrintMode.tsx';
import { storedLanguage, storeLanguage } from '../platform/bridge.ts';
import { useOrientation } from './use-orientation.ts';
import { useReducedMotion } from './use-reduced-motion.ts';

/** Modes that show one slide at a time to an audience, where entry animation helps. */
const ANIMATED_MODES = new Set(['present', 'presenter', 'kiosk']);

/** The language the deck opens in: the URL's, then the last one chosen, then English. */
export function openingLanguage(options: UrlOptions): Language {
  return options.lang ?? storedLanguage() ?? DEFAULT_LANGUAGE;
}

export function App({ options }: { options: UrlOptions }) {
  const [lang, setLang] = useState<Language>(() => openingLanguage(options));
  const i18n = useMemo(() => createI18n(lang), []); // eslint-disable-line react-hooks/exhaustive-deps -- one instance; the language changes below
  const [notices, setNotices] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const reducedMotion = useReducedMotion();
  const { mode, layout } = options;
  // A language's words are parsed when it is first shown (at once, so it renders in this frame).
  addLanguage(i18n, lang);
  const orientation = useOrientation(mode, options.orientation);

  useLayoutEffect(() => {
    // i18next announces every changeLanguage, even to the language it has (the opening one),
    // and each component using words then renders again: a second pass over the whole view
    // (every page, in print) before the first paint.
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = i18n.t('app.name');
  }, [i18n, lang]);
  // A locale that could not be fully loaded says so (in its own words where it can).
  const localeNotice =
    problemsFor(lang).length > 0 ? i18n.t('notice.localeFallback', { lng: lang }) : undefined;
  const shown = [...(localeNotice ? [localeNotice] : []), ...notices].filter(
    (n) => !dismissed.has(n),
  );

  const showLanguage = useCallback((next: Language) => {
    setLang(next);
    window.history.replaceState(
      null,
      '',
      `${searchWithLanguage(window.location.search, next)}${window.location.hash}`,
    );
  }, []);
  const changeLanguage = useCallback(
    (next: Language) => {
      showLanguage(next);
      storeLanguage(next);
    },
    [showLanguage],
  );

  const addNotice = useCallback(
    (message: string) =>
      setNotices((current) => (current.includes(message) ? current : [...current, message])),
    [],
  );
  const dismiss = useCallback(
    (message: string) => setDismissed((current) => new Set(current).add(message)),
    [],
  );
  const openPresenter = useCallback(() => {
    const params = new URLSearchParams(window.location.search);
    params.set('mode', 'presenter');
    window.open(`?${params.toString()}${window.location.hash}`, 'briefing-presenter');
  }, []);

  const context: RenderContextValue = {
    mode,
    lang,
    animate: ANIMATED_MODES.has(mode) && !reducedMotion,
    // The handout's table views set this themselves (PrintMode); slides always draw.
    showTables: false,
    orientation,
  };

  return (
    <I18nextProvider i18n={i18n}>
      <RenderContext.Provider value={context}>
        {mode === 'print' ? (
          <PrintMode layout={layout} paper={options.paper} perPage={options.perPage} />
        ) : mode === 'overview' ? (
          <OverviewMode />
        ) : mode === 'presenter' ? (
          <PresenterMode />
        ) : mode === 'kiosk' ? (
          <KioskMode params={options.kiosk} startLanguage={lang} onLanguage={showLanguage} />
        ) : (
          <PresentMode
            onLanguage={changeLanguage}
            onNotice={addNotice}
            onPresenter={openPresenter}
          />
        )}
        {mode !== 'print' && <Notices messages={shown} onDismiss={dismiss} />}
      </RenderContext.Provider>
    </I18nextProvider>
  );
}
