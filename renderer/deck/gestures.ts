/** What a tap or a swipe on the stage means, decided from pointer coordinates alone. */

export type Gesture = 'next' | 'previous' | null;

/** Minimum horizontal travel, in CSS pixels, for a swipe (below it a move is a tap). */
export const SWIPE_MIN_DISTANCE = 50;

/**
 * A horizontal swipe: leftwards goes forward (like turning a page), rightwards goes back.
 * Mostly-vertical moves are scrolls or accidents and mean nothing.
 */
export function swipeGesture(dx: number, dy: number): Gesture {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** A tap: the left third of the screen goes back, the rest goes forward. */
export function tapGesture(x: number, width: number): Gesture {
  if (width <= 0) return null;
  return x < width / 3 ? 'previous' : 'next';
}
