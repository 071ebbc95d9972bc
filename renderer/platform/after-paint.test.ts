import { describe, expect, it } from 'vitest';
import { afterNextPaint, type PaintScheduler } from './after-paint.ts';

/** A page whose frames and timers run when the test says so. */
function fakePage() {
  const frames = new Set<() => void>();
  const timers = new Set<{ callback: () => void; ms: number }>();
  const scheduler: PaintScheduler = {
    beforeNextFrame: (callback) => {
      frames.add(callback);
      return () => frames.delete(callback);
    },
    later: (callback, ms) => {
      const timer = { callback, ms };
      timers.add(timer);
      return () => timers.delete(timer);
    },
  };
  const runTimers = (upTo: number) => {
    for (const timer of [...timers].filter((t) => t.ms <= upTo)) {
      timers.delete(timer);
      timer.callback();
    }
  };
  const paintFrame = () => {
    for (const frame of [...frames]) {
      frames.delete(frame);
      frame();
    }
  };
  return { scheduler, paintFrame, runTimers, pending: () => frames.size + timers.size };
}

describe('afterNextPaint', () => {
  it('waits for the next frame, then runs in a task after it, once', () => {
    const page = fakePage();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('task'), page.scheduler);
    page.runTimers(0);
    expect(ran).toEqual([]);
    page.paintFrame();
    expect(ran).toEqual([]);
    page.runTimers(0);
    expect(ran).toEqual(['task']);
    page.runTimers(1_000);
    expect(ran).toEqual(['task']);
    expect(page.pending()).toBe(0);
  });

  it('does not wait for frames a hidden page never paints', () => {
    const page = fakePage();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('task'), page.scheduler);
    page.runTimers(1_000);
    expect(ran).toEqual(['task']);
    expect(page.pending()).toBe(0);
  });

  it('can be cancelled', () => {
    const page = fakePage();
    const ran: string[] = [];
    const cancel = afterNextPaint(() => ran.push('task'), page.scheduler);
    cancel();
    page.paintFrame();
    page.runTimers(1_000);
    expect(ran).toEqual([]);
  });
});
