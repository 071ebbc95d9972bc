import { useSyncExternalStore } from 'react';

/**
 * One MediaQueryList for the whole app: creating one per render (or per read) leaves objects
 * the browser keeps track of, which adds up over days in a kiosk.
 */
let query: MediaQueryList | undefined;
function reducedMotionQuery(): MediaQueryList {
  query ??= window.matchMedia('(prefers-reduced-motion: reduce)');
  return query;
}

function subscribe(onChange: () => void): () => void {
  const list = reducedMotionQuery();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True when the user asked the system for less motion: no transitions, no chart animation. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => reducedMotionQuery().matches);
}
