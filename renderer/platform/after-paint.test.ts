import { describe, expect, it } from 'vitest';
import { afterNextPaint, type PaintScheduler } from './after-paint.ts';

/** A page whose frames and tasks run when the test says so. */
function fakePage(hidden: boolean) {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const scheduler: PaintScheduler = {
    hidden: () => hidden,
    beforeNextFrame: (callback) => void frames.push(callback),
    nextTask: (callback) => void tasks.push(callback),
  };
  const run = (queue: (() => void)[]) => {
    for (const callback of queue.splice(0)) callback();
  };
  return { scheduler, paintFrame: () => run(frames), runTasks: () => run(tasks) };
}

describe('afterNextPaint', () => {
  it('waits for the next frame, then runs in a task after it', () => {
    const page = fakePage(false);
    const ran: string[] = [];
    afterNextPaint(() => ran.push('task'), page.scheduler);
    page.runTasks();
    expect(ran).toEqual([]);
    page.paintFrame();
    expect(ran).toEqual([]);
    page.runTasks();
    expect(ran).toEqual(['task']);
  });

  it('does not wait for frames a hidden page never paints', () => {
    const page = fakePage(true);
    const ran: string[] = [];
    afterNextPaint(() => ran.push('task'), page.scheduler);
    page.runTasks();
    expect(ran).toEqual(['task']);
  });
});
