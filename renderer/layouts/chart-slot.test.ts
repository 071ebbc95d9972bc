import { describe, expect, it } from 'vitest';
import { chartSlot } from './chart-slot.ts';

describe('chartSlot', () => {
  it('keeps the landscape slots: one chart across, two side by side', () => {
    expect(chartSlot('landscape', 1, false)).toEqual({ width: 1680, height: 600 });
    expect(chartSlot('landscape', 2, true)).toEqual({ width: 820, height: 600 });
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

  it('gives the charts no more height than the slide has left for them', () => {
    expect(chartSlot('landscape', 2, true, 556.4)).toEqual({ width: 820, height: 556 });
    expect(chartSlot('landscape', 1, false, 694)).toEqual({ width: 1680, height: 600 });
    expect(chartSlot('portrait', 2, true, 700).height).toBe(
      chartSlot('portrait', 2, false, 700).height,
    );
    expect(chartSlot('portrait', 2, true, 700).height).toBe((700 - 48) / 2);
  });
});
