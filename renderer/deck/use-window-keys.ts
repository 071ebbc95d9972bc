import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `onKey` for every key pressed in the window. An effect event: it always sees the
 * current render's state, and the listener is added once rather than after every page turn.
 * Present and presenter modes share it; what each does with a key stays in the mode.
 */
export function useWindowKeys(onKey: (event: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
