import { useEffect, type RefObject } from 'react';
import type { Language } from '../../core/languages.ts';
import { afterNextPaint } from '../platform/after-paint.ts';

/** Text with every Kazakh and French letter the deck uses, so each face is fetched. */
const FONT_SAMPLE = 'AaÉéÀàÇçÔôœ’«» ӘәҒғҚқҢңӨөҰұҮүҺһІі 0123456789';

/** The faces the deck draws with (see styles/fonts.css). */
const FACES = [
  '400 24px "Noto Sans"',
  '600 24px "Noto Sans"',
  '700 24px "Noto Sans"',
  '400 24px "Noto Serif"',
  'italic 400 24px "Noto Serif"',
  '700 24px "Noto Serif"',
];

let preloading: Promise<unknown> | undefined;

/** Letters of each language, so that a face is fetched in the subsets that language shows. */
const LETTERS: Record<Language, string> = { en: 'Aa', fr: 'Aaé', kk: 'Aa Әә Іі' };

/**
 * Starts fetching the two faces every first view draws with (titles in Noto Serif bold, the
 * rest in Noto Sans, where the language switcher always writes «Қазақша») for the opening
 * language, before the first render: otherwise layout asks for them only once the view is
 * rendered, and the deck waits for them after its script.
 */
export function loadOpeningFaces(lang: Language): void {
  const faces: [string, string][] = [
    ['700 24px "Noto Serif"', LETTERS[lang]],
    ['400 24px "Noto Sans"', `${LETTERS[lang]} Қазақша`],
  ];
  for (const [face, text] of faces) void document.fonts.load(face, text).catch(() => undefined);
}

/**
 * Fetches every face for every letter the deck uses, once, after the first view is up: then
 * no later slide or language swaps its text from a fallback font on screen.
 */
export function preloadFonts(): Promise<unknown> {
  preloading ??= Promise.all(FACES.map((face) => document.fonts.load(face, FONT_SAMPLE)));
  return preloading;
}

/**
 * Resolves once the faces the view uses are loaded. fonts.ready alone can resolve before
 * layout has asked for a face, so layout is run first: it starts the loads that view needs.
 */
function viewFontsLoaded(view: HTMLElement): Promise<unknown> {
  view.getBoundingClientRect();
  return document.fonts.ready;
}

const waitingForFirstView: (() => void)[] = [];
let firstViewDrawn = false;

/**
 * Runs `task` once the first view is drawn and painted (soon, if it is): for fetching what later
 * slides need without slowing the first one down or holding back its first paint.
 */
export function afterFirstView(task: () => void): void {
  if (firstViewDrawn) afterNextPaint(task);
  else waitingForFirstView.push(task);
}

/**
 * Maintains `<html data-deck-ready>`: "false" while the view given by `key` is being drawn,
 * "true" once the view's fonts are loaded and every chart inside `root` has drawn (each ChartFrame sets
 * data-chart-drawn). PDF export and the tests wait on it. Undrawn charts are watched with a
 * MutationObserver rather than polled, so the view is ready as soon as the last one draws; it
 * also reports in hidden windows, where animation frames do not run.
 */
export function useDeckReady(root: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.deckReady = 'false';
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watcher = new MutationObserver(() => check());

    function check() {
      const view = root.current;
      if (cancelled || !view) return;
      const figures = view.querySelectorAll('figure[data-chart]');
      if (![...figures].every((f) => f.getAttribute('data-chart-drawn') === 'true')) return;
      watcher.disconnect();
      // Slide transitions are part of drawing: a screenshot or PDF must not catch one midway.
      const running = view.getAnimations({ subtree: true }).map((a) => a.finished);
      void Promise.allSettled(running)
        .then(() => viewFontsLoaded(view))
        .then(() => {
          if (cancelled) return;
          html.dataset.deckReady = 'true';
          if (!firstViewDrawn) {
            firstViewDrawn = true;
            for (const task of waitingForFirstView.splice(0)) afterNextPaint(task);
          }
        });
    }

    // The view's element is there once the mode has rendered it; until then, look again soon.
    function watch() {
      if (cancelled) return;
      if (!root.current) {
        timer = setTimeout(watch, NO_VIEW_RETRY_MS);
        return;
      }
      watcher.observe(root.current, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-chart-drawn'],
      });
      check();
    }
    watch();

    return () => {
      cancelled = true;
      clearTimeout(timer);
      watcher.disconnect();
    };
  }, [root, key]);
}

const NO_VIEW_RETRY_MS = 30;
