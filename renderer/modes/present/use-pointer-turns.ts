import { useRef, type Dispatch, type PointerEvent } from 'react';
import { swipeGesture, tapGesture } from '../../deck/gestures.ts';
import type { DeckAction } from '../../deck/navigation.ts';
import { INTERACTIVE } from '../mode-keys.ts';

/** A pointer that moved less than this between down and up tapped rather than swiped. */
const TAP_RADIUS_PX = 10;

/**
 * Page turns by pointer: a tap on the left or right of the window, or a swipe. Presses on
 * controls are theirs. Returns the handlers for the slide's container.
 */
export function usePointerTurns(dispatch: Dispatch<DeckAction>) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent) => {
    start.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from || (event.target as Element).closest(INTERACTIVE)) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    const gesture =
      Math.hypot(dx, dy) < TAP_RADIUS_PX
        ? tapGesture(event.clientX, window.innerWidth)
        : swipeGesture(dx, dy);
    if (gesture) dispatch({ type: gesture });
  };
  return { onPointerDown, onPointerUp };
}
