import { describe, expect, it } from 'vitest';
import { cpuUntilReady } from './main-thread-cpu.ts';

const task = (pid: number, tid: number, ts: number, tdur: number) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  tdur,
});

describe('main-thread CPU until the deck is ready', () => {
  const events = [
    { name: 'thread_name', ph: 'M', pid: 7, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 7, tid: 2, ts: 0, args: { name: 'Compositor' } },
    task(7, 1, 1_000, 20_000),
    task(7, 2, 2_000, 50_000), // another thread of the page
    task(9, 1, 3_000, 70_000), // another process
    task(7, 1, 40_000, 5_000),
    { name: 'bench-deck-ready', ph: 'R', pid: 7, tid: 1, ts: 44_000 },
    task(7, 1, 50_000, 30_000), // after ready: the chart code, the other faces
  ];

  it("sums the thread time of the page's main-thread tasks up to the mark, in ms", () => {
    expect(cpuUntilReady(events)).toBe(25);
  });

  it('is NaN when the deck never said it was ready', () => {
    expect(cpuUntilReady(events.filter((e) => e.name !== 'bench-deck-ready'))).toBeNaN();
  });
});
