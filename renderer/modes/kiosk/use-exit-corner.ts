import { useEffect } from 'react';
import { EXIT_HOLD_MS, inExitCorner } from './pin-entry.ts';

/** A press held in the exit corner for EXIT_HOLD_MS calls `onHold` (the PIN dialog). */
export function useExitCorner(enabled: boolean, onHold: () => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let hold: ReturnType<typeof setTimeout> | undefined;
    const press = (event: PointerEvent) => {
      if (inExitCorner(event.clientX, event.clientY)) hold = setTimeout(onHold, EXIT_HOLD_MS);
    };
    const release = () => clearTimeout(hold);
    window.addEventListener('pointerdown', press);
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    return () => {
      release();
      window.removeEventListener('pointerdown', press);
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
    };
  }, [enabled, onHold]);
}
