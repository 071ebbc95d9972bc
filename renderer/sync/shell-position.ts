/**
 * Following main's deck position in the desktop app, where main tells every window (the
 * mover included) each move in the order it took them. A window that has moves of its own
 * still on their way to main ignores what it hears until their echoes come back: an older
 * move arriving then would drag it back for a moment, and main's last word will be its own
 * move anyway. Once nothing of its own is pending, it follows whatever main says.
 */

export interface PositionReceipt {
  /** Moves sent to main whose echo has not arrived yet, oldest first. */
  readonly pending: readonly number[];
  /** The slide to go to, when this window should follow. */
  readonly follow?: number;
}

export function receivePosition(pending: readonly number[], index: number): PositionReceipt {
  if (pending.length === 0) return { pending, follow: index };
  // The oldest pending move's echo; anything else was decided before that move landed.
  return { pending: pending[0] === index ? pending.slice(1) : pending };
}

/** A move main refused never echoes: stop waiting for it. */
export function dropPending(pending: readonly number[], index: number): readonly number[] {
  const at = pending.indexOf(index);
  return at === -1 ? pending : [...pending.slice(0, at), ...pending.slice(at + 1)];
}
