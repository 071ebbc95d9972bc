/** The presenter's elapsed-time clock, pure: times are milliseconds from any monotonic clock. */

export interface Stopwatch {
  readonly startedAt: number;
  /** When it was paused, or null while running. */
  readonly pausedAt: number | null;
  /** Total milliseconds spent paused before `pausedAt`. */
  readonly pausedTotal: number;
}

export function startStopwatch(now: number): Stopwatch {
  return { startedAt: now, pausedAt: null, pausedTotal: 0 };
}

export function elapsedSeconds(watch: Stopwatch, now: number): number {
  const end = watch.pausedAt ?? now;
  return Math.max(0, Math.floor((end - watch.startedAt - watch.pausedTotal) / 1000));
}

export function togglePause(watch: Stopwatch, now: number): Stopwatch {
  if (watch.pausedAt === null) return { ...watch, pausedAt: now };
  return { ...watch, pausedAt: null, pausedTotal: watch.pausedTotal + (now - watch.pausedAt) };
}

/** Back to zero, keeping the paused or running state. */
export function resetStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return { startedAt: now, pausedAt: watch.pausedAt === null ? null : now, pausedTotal: 0 };
}

/**
 * The console opens with the stopwatch waiting (null): the talk starts at the first slide
 * change, or when the presenter presses Start, not when the page loads.
 */
export function startIfWaiting(watch: Stopwatch | null, now: number): Stopwatch {
  return watch ?? startStopwatch(now);
}

/** The Start / Pause / Resume button. */
export function pauseOrStart(watch: Stopwatch | null, now: number): Stopwatch {
  return watch ? togglePause(watch, now) : startStopwatch(now);
}
