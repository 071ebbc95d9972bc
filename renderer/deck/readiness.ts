import { useEffect, type RefObject } from 'react';

/** Text with every Kazakh and French letter the deck uses, so each face is fetched up front. */
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

/** Loads every face explicitly: fonts.ready alone can resolve before layout has asked for one. */
function loadFonts(): Promise<unknown> {
  return Promise.all(FACES.map((face) => document.fonts.load(face, FONT_SAMPLE))).then(
    () => document.fonts.ready,
  );
}

/** How often to look for undrawn charts; timers (unlike animation frames) also run in hidden windows. */
const POLL_MS = 30;

/**
 * Maintains `<html data-deck-ready>`: "false" while the view given by `key` is being drawn,
 * "true" once fonts are loaded and every chart inside `root` has drawn (each ChartFrame sets
 * data-chart-drawn). PDF export and the tests wait on it.
 */
export function useDeckReady(root: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.deckReady = 'false';
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;

    const check = () => {
      if (cancelled) return;
      const figures = root.current?.querySelectorAll('figure[data-chart]') ?? [];
      const drawn = [...figures].every((f) => f.getAttribute('data-chart-drawn') === 'true');
      if (root.current && drawn) {
        // Slide transitions are part of drawing: a screenshot or PDF must not catch one midway.
        const running = root.current.getAnimations({ subtree: true }).map((a) => a.finished);
        void Promise.allSettled(running).then(() => {
          if (!cancelled) html.dataset.deckReady = 'true';
        });
      } else timer = setTimeout(check, POLL_MS);
    };
    void loadFonts().then(check, check);

    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [root, key]);
}
