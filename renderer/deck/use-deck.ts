import { useCallback, useEffect, useReducer } from 'react';
import { deckReducer, initialDeckState, type DeckAction, type DeckState } from './navigation.ts';
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
