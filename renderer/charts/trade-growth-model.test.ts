import { describe, expect, it } from 'vitest';
import { chartText as text } from './testing/chart-text.ts';
import { growthArrowGeometry, tradeGrowthModel } from './trade-growth-model.ts';

describe('tradeGrowthModel', () => {
  it('draws 1992, 2023 and the 2030 target, labelled as the reader sees them', () => {
    const m = tradeGrowthModel(text('en'), false);
    expect(m.rows.map((r) => [r.year, r.value, r.isTarget])).toEqual([
      [1992, 0.37, false],
      [2023, 41, false],
      [2030, 40, true],
    ]);
    expect(m.rows.map((r) => m.valueLabel(r.value))).toEqual(['US$370m', 'US$41bn', 'US$40bn']);
    expect(m.growthLabel).toContain('×111');
    expect(m.table.rows.map((r) => r[0])).toEqual(['1992', '2023', '2030']);
    expect(m.sources).toEqual(['article']);
    expect(m.marks).toBe(3);
  });

  it('plots values on a linear axis, or decades above 0.1 on the log axis', () => {
    const linear = tradeGrowthModel(text('en'), false);
    expect(linear.rows.map((r) => r.plotted)).toEqual([0.37, 41, 40]);
    expect(linear.domain[0]).toBe(0);
    expect(linear.domain[1]).toBeGreaterThanOrEqual(41);
    const log = tradeGrowthModel(text('en'), true);
    expect(log.domain).toEqual([0, 3]);
    expect(log.ticks.map(log.tickLabel)).toEqual(['US$100m', 'US$1bn', 'US$10bn', 'US$100bn']);
    expect(log.rows[1]?.plotted).toBeCloseTo(Math.log10(410));
  });

  it('writes the table in the language shown', () => {
    const fr = tradeGrowthModel(text('fr'), false);
    expect(fr.table.rows[2]?.[2]).toBe('40\u00a0Md\u00a0$US');
    expect(fr.rows.map(fr.categoryLabel)).toEqual([
      '1992',
      '2023',
      expect.stringContaining('2030'),
    ]);
  });
});

describe('growthArrowGeometry', () => {
  const anchors = {
    fromCentre: 200,
    fromBandStart: 100,
    toBandStart: 400,
    fromTop: 500,
    toTop: 60,
  };

  it('wraps the label to the 1992 band and centres it over the bar', () => {
    const g = growthArrowGeometry('×111 since 1992', anchors);
    expect(g.labelX).toBe(200);
    expect(g.lines.join(' ')).toBe('×111 since 1992');
    expect(g.lines.every((l) => l.length * g.fontSize * 0.6 <= 200)).toBe(true);
  });

  it('puts the label between the 2023 bar top and the 1992 value, and the arrow ends at the 2023 bar', () => {
    const g = growthArrowGeometry('×111 since 1992', anchors);
    expect(g.labelY).toBeGreaterThan(anchors.toTop);
    expect(g.labelY).toBeLessThan(anchors.fromTop - 44);
    expect(g.path).toMatch(/^M 220 \S+ Q 220 76 390 76$/);
  });
});
