import { describe, expect, it } from 'vitest';
import type { TraceEvent } from './main-thread-cpu.ts';
import { timeByKind } from './main-thread-kinds.ts';

const MAIN = 1;
const at = (name: string, ts: number, dur: number, tid = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur,
  tdur: dur,
});

describe('main-thread time by kind', () => {
  const events: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', pid: 7, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    // A task running the app's script, which compiles a function at its first call.
    at('ThreadControllerImpl::RunTask', 0, 30_000),
    at('FunctionCall', 1_000, 25_000),
    at('V8.CompileCode', 5_000, 10_000),
    at('V8.ParseFunction', 5_000, 6_000),
    // A task laying the page out.
    at('ThreadControllerImpl::RunTask', 40_000, 8_000),
    at('Layout', 41_000, 6_000),
    // Another thread, and work after the mark: neither counts.
    at('Layout', 41_000, 50_000, 2),
    { name: 'READY', ph: 'R', pid: 7, tid: MAIN, ts: 50_000 },
    at('ThreadControllerImpl::RunTask', 60_000, 9_000),
  ];

  it('gives each event its own time, under the nearest kind around it', () => {
    expect(Object.fromEntries(timeByKind(events, 'READY'))).toEqual({
      other: 5 + 2, // the two tasks' own time outside what they ran
      'running JavaScript': 15,
      'compiling functions at first call': 10,
      layout: 6,
    });
  });

  it('is empty when the page never set its mark', () => {
    expect(timeByKind(events, 'NEVER').size).toBe(0);
  });
});
