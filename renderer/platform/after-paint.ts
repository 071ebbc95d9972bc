/** What `afterNextPaint` needs of the page; a test passes its own. */
export interface PaintScheduler {
  /** Runs the callback just before the next frame is painted; returns its canceller. */
  readonly beforeNextFrame: (callback: () => void) => () => void;
  /** Runs the callback in a task of its own, after `ms`; returns its canceller. */
  readonly later: (callback: () => void, ms: number) => () => void;
}

const page: PaintScheduler = {
  beforeNextFrame: (callback) => {
    const frame = requestAnimationFrame(() => callback());
    return () => cancelAnimationFrame(frame);
  },
  later: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** How long to wait for a frame that may never come (a hidden window paints none). */
const NO_FRAME_MS = 100;

/**
 * Runs `task` once, after the next frame has been painted: a task queued from an
 * animation-frame callback runs after that frame. For work that must not hold back a paint
 * (the chart code and font faces fetched after the first view; a chart drawn a frame after its
 * slide turns). Windows that paint no frames (hidden ones) run it after {@link NO_FRAME_MS}.
 * Returns a canceller.
 */
export function afterNextPaint(task: () => void, scheduler: PaintScheduler = page): () => void {
  let done = false;
  const cancels: (() => void)[] = [];
  const run = () => {
    if (done) return;
    done = true;
    for (const cancel of cancels) cancel();
    task();
  };
  cancels.push(
    scheduler.beforeNextFrame(() => cancels.push(scheduler.later(run, 0))),
    scheduler.later(run, NO_FRAME_MS),
  );
  return () => {
    done = true;
    for (const cancel of cancels) cancel();
  };
}
