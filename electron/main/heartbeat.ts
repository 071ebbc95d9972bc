/**
 * Tells a hung kiosk page from a quiet one. Chromium's 'unresponsive' event fires only when an
 * input event goes unanswered, and an unattended kiosk receives no input, so a page stuck in a
 * loop would stay frozen for days. Main therefore asks the page a question at an interval
 * (a round trip through its main thread) and treats an answer that does not come within the
 * timeout as a hang. Timers are injected so the rule is tested without waiting.
 */

/** A page turn with charts takes well under a second; a quarter of a minute is a hang. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
export const HEARTBEAT_TIMEOUT_MS = 15_000;

export interface HeartbeatTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HeartbeatOptions<T> {
  /** The round trip; it may never settle when the page hangs. */
  readonly probe: () => Promise<T>;
  /** Each answer, e.g. the language on screen. */
  readonly onAnswer: (answer: T) => void;
  /** Called once, when an answer is overdue; the heartbeat stops then. */
  readonly onHang: () => void;
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
  readonly timers?: HeartbeatTimers;
}

export interface Heartbeat {
  stop(): void;
}

/**
 * Starts asking. A probe that fails (the page navigated or its renderer is gone) stops the
 * heartbeat without calling it a hang: whoever reloads the page starts a new one.
 */
export function startHeartbeat<T>(options: HeartbeatOptions<T>): Heartbeat {
  const timers: HeartbeatTimers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const intervalMs = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? HEARTBEAT_TIMEOUT_MS;
  let stopped = false;
  let timer: unknown;

  const stop = (): void => {
    stopped = true;
    timers.clearTimeout(timer);
  };

  const ask = (): void => {
    if (stopped) return;
    let settled = false;
    timer = timers.setTimeout(() => {
      if (settled || stopped) return;
      stop();
      options.onHang();
    }, timeoutMs);
    options.probe().then(
      (answer) => {
        if (stopped) return;
        settled = true;
        timers.clearTimeout(timer);
        options.onAnswer(answer);
        timer = timers.setTimeout(ask, intervalMs);
      },
      () => {
        settled = true;
        stop();
      },
    );
  };

  timer = timers.setTimeout(ask, intervalMs);
  return { stop };
}
