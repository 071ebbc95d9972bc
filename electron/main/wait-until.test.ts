import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beforeDeadline, waitUntil } from './wait-until.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('waitUntil', () => {
  it('resolves true as soon as the check passes', async () => {
    let calls = 0;
    const done = waitUntil(async () => ++calls === 3, { timeoutMs: 1000, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(250);
    await expect(done).resolves.toBe(true);
    expect(calls).toBe(3);
  });

  it('resolves false after the timeout', async () => {
    const done = waitUntil(async () => false, { timeoutMs: 1000, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(1100);
    await expect(done).resolves.toBe(false);
  });

  it('rejects when the check throws', async () => {
    await expect(
      waitUntil(() => Promise.reject(new Error('crashed')), { timeoutMs: 1000, intervalMs: 100 }),
    ).rejects.toThrow('crashed');
  });
});

describe('waitUntil with a check that never answers', () => {
  it('resolves false at the deadline instead of waiting for ever', async () => {
    const done = waitUntil(() => new Promise<boolean>(() => {}), {
      timeoutMs: 1000,
      intervalMs: 100,
    });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toBe(false);
  });
});

describe('beforeDeadline', () => {
  it('passes a step that settles in time through', async () => {
    const step = new Promise<string>((resolve) => setTimeout(() => resolve('pdf'), 50));
    const raced = beforeDeadline(step, Date.now() + 100, () => new Error('late'));
    await vi.advanceTimersByTimeAsync(50);
    await expect(raced).resolves.toBe('pdf');
  });

  it('rejects with the given error once the deadline passes', async () => {
    const raced = beforeDeadline(new Promise(() => {}), Date.now() + 100, () => new Error('late'));
    const outcome = expect(raced).rejects.toThrow('late');
    await vi.advanceTimersByTimeAsync(100);
    await outcome;
  });
});
