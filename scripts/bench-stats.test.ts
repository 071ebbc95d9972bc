import { describe, expect, it } from 'vitest';
import { median, percentile } from './bench-stats.ts';

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
});
