import { describe, expect, it } from 'vitest';
import { linearFit, median, percentile } from './bench-stats.ts';

describe('benchmark statistics', () => {
  it('median of odd and even counts (nearest rank)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN without values', () => {
    expect(median([])).toBeNaN();
  });

  it('fits a line through a noisy series', () => {
    const points = [0, 1, 2, 3, 4].map((x) => ({ x, y: 10 + 2 * x + (x % 2 === 0 ? 0.5 : -0.5) }));
    const fit = linearFit(points);
    expect(fit.slope).toBeCloseTo(2, 0);
    expect(fit.intercept).toBeCloseTo(10, 0);
    expect(
      linearFit([
        { x: 1, y: 3 },
        { x: 1, y: 5 },
      ]).slope,
    ).toBe(0);
    expect(linearFit([{ x: 1, y: 3 }])).toEqual({ slope: 0, intercept: 3 });
  });
});
