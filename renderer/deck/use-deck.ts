import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { ChartView } from '../../core/chart-view.ts';
import { deckReducer, initialDeckState, type DeckAction, type DeckState } from './navigation.ts';
import type { ChartViewControl } from './render-context.ts';
import { SLIDES } from './slides.ts';
import { hashForSlide, slideIdFromHash } from './url.ts';

/** Index of a slide id; unknown ids open the first slide (DESIGN.md). */
export function indexOfSlide(id: string | undefined): number {
  const index = SLIDES.findIndex((slide) => slide.id === id);
  return index < 0 ? 0 : index;
}

/**
 * The deck state, kept in step with the URL hash: a changed hash (link, back button, typed
 * URL) moves the deck; a move rewrites the hash without adding a history entry per slide.
 */
export function useDeck(): [DeckState, (action: DeckAction) => void] {
  const [state, dispatch] = useReducer(deckReducer, undefined, () =>
    initialDeckState(SLIDES.length, indexOfSlide(slideIdFromHash(window.location.hash))),
  );

  useEffect(() => {
    const onHash = () =>
      dispatch({ type: 'go', index: indexOfSlide(slideIdFromHash(window.location.hash)) });
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const id = SLIDES[state.index]?.id;
  useEffect(() => {
    if (id && slideIdFromHash(window.location.hash) !== id) {
      window.history.replaceState(null, '', hashForSlide(id));
    }
  }, [id]);

  return [state, useCallback((action: DeckAction) => dispatch(action), [])];
}

/** The deck's chart view for ChartViewContext: the charts' toggles dispatch to the deck. */
export function useChartViewControl(
  charts: ChartView,
  dispatch: (action: DeckAction) => void,
): ChartViewControl {
  return useMemo(
    () => ({
      view: charts,
      toggle: (chart, toggle) => dispatch({ type: 'toggle-chart', chart, toggle }),
    }),
    [charts, dispatch],
  );
}
