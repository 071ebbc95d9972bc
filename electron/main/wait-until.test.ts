import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitUntil } from './wait-until.ts';

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
