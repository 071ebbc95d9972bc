import { describe, expect, it } from 'vitest';
import { inParallel } from './pdf-render.ts';

describe('inParallel', () => {
  it('keeps results in input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await inParallel([30, 10, 20, 5], 2, async (ms) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((done) => setTimeout(done, ms));
      running -= 1;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10]);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    expect(await inParallel([], 3, async () => 1)).toEqual([]);
  });
});
