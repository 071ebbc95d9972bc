import { describe, expect, it } from 'vitest';
import {
  elapsedSeconds,
  pauseOrStart,
  resetStopwatch,
  startIfWaiting,
  startStopwatch,
  togglePause,
} from './stopwatch.ts';

describe('presenter stopwatch', () => {
  it('counts whole seconds from the start', () => {
    const watch = startStopwatch(1_000);
    expect(elapsedSeconds(watch, 1_999)).toBe(0);
    expect(elapsedSeconds(watch, 62_000)).toBe(61);
  });

  it('stands still while paused and resumes where it stopped', () => {
    let watch = togglePause(startStopwatch(0), 10_000);
    expect(elapsedSeconds(watch, 50_000)).toBe(10);
    watch = togglePause(watch, 50_000);
    expect(elapsedSeconds(watch, 55_000)).toBe(15);
  });

  it('resets to zero and keeps running or paused', () => {
    const running = resetStopwatch(startStopwatch(0), 30_000);
    expect(elapsedSeconds(running, 31_000)).toBe(1);
    const paused = resetStopwatch(togglePause(startStopwatch(0), 5_000), 30_000);
    expect(elapsedSeconds(paused, 90_000)).toBe(0);
    expect(elapsedSeconds(togglePause(paused, 90_000), 92_000)).toBe(2);
  });
});

describe('waiting for the talk to start', () => {
  it('starts at the first slide change, once', () => {
    const started = startIfWaiting(null, 5_000);
    expect(elapsedSeconds(started, 8_000)).toBe(3);
    expect(startIfWaiting(started, 7_000)).toBe(started);
  });

  it('Start starts it; then the same button pauses', () => {
    const running = pauseOrStart(null, 1_000);
    expect(running.pausedAt).toBeNull();
    expect(pauseOrStart(running, 4_000).pausedAt).toBe(4_000);
  });
});
