import type { ChartView } from '../../core/chart-view.ts';
import type { DeckPosition } from '../../core/ipc-contract.ts';
import type { Orientation } from '../../core/orientation.ts';

/**
 * The deck's position as main holds it in the desktop app (every window follows it). A move
 * keeps the audience's design; the design changes only when an audience window reports one.
 */

/** The position after a window moved the deck to `index`, with its charts viewed `charts`. */
export function movedTo(
  position: DeckPosition,
  index: number,
  charts: ChartView | undefined,
): DeckPosition {
  return {
    index,
    ...(charts && { charts }),
    ...(position.audience && { audience: position.audience }),
  };
}

/** The position once an audience window reported that it shows the deck in `design`. */
export function withAudience(position: DeckPosition, design: Orientation): DeckPosition {
  return { ...position, audience: design };
}
