/** What `afterNextPaint` needs of the page; a test passes its own. */
export interface PaintScheduler {
  readonly hidden: () => boolean;
  /** Runs the callback just before the next frame is painted. */
  readonly beforeNextFrame: (callback: () => void) => void;
  /** Runs the callback in a task of its own, after what is queued now. */
  readonly nextTask: (callback: () => void) => void;
}

const page: PaintScheduler = {
  hidden: () => document.visibilityState === 'hidden',
  beforeNextFrame: (callback) => requestAnimationFrame(() => callback()),
  nextTask: (callback) => setTimeout(callback, 0),
};

/**
 * Runs `task` once the next frame has been painted: a task queued from an animation-frame
 * callback runs after that frame. Work started when the first view is ready (fetching the
 * chart code, every font face) would otherwise run before the view's first paint and hold it
 * back. Hidden pages paint no frames (and run no animation-frame callbacks): there the task
 * simply runs in the next task.
 */
export function afterNextPaint(task: () => void, scheduler: PaintScheduler = page): void {
  if (scheduler.hidden()) scheduler.nextTask(task);
  else scheduler.beforeNextFrame(() => scheduler.nextTask(task));
}
