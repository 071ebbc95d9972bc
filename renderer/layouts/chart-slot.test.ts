import { describe, expect, it } from 'vitest';
import { chartSlot } from './chart-slot.ts';

describe('chartSlot', () => {
  it('keeps the landscape slots: one chart across, two side by side', () => {
    expect(chartSlot('landscape', 1, false)).toEqual({ width: 1680, height: 600 });
    expect(chartSlot('landscape', 2, false)).toEqual({ width: 820, height: 600 });
  });

  it('leaves room for a caveat under landscape charts', () => {
    expect(chartSlot('landscape', 2, true)).toEqual({ width: 820, height: 556 });
  });

  it('stacks portrait charts at the full width of the tall stage', () => {
    const one = chartSlot('portrait', 1, false);
    const two = chartSlot('portrait', 2, false);
    expect(one.width).toBe(936);
    expect(two.width).toBe(936);
    expect(two.height).toBeLessThan(one.height / 2);
    expect(one.height).toBeGreaterThan(one.width);
  });

  it('leaves room for a caveat under portrait charts', () => {
    expect(chartSlot('portrait', 1, true).height).toBeLessThan(
      chartSlot('portrait', 1, false).height,
    );
  });
});
