import { describe, expect, it } from 'vitest';
import { investmentModel, totalFontSize } from './investment-model.ts';
import { chartText } from './testing/chart-text.ts';

describe('investmentModel', () => {
  it('shows the 2005–2023 total apart from the yearly inflows', () => {
    const m = investmentModel(chartText('en'));
    expect(m.total).toBe('US$25.3bn');
    expect(m.totalLabel).toMatch(/2005.*2023/);
    expect(m.rows).toEqual([
      { year: '2022', value: 1.4 },
      { year: '2023', value: 1.81 },
    ]);
    expect(m.rows.map((r) => m.valueLabel(r.value))).toEqual(['US$1.4bn', 'US$1.81bn']);
    expect(m.axis.max).toBeGreaterThanOrEqual(1.81);
    expect(m.marks).toBe(3);
  });

  it('tables the total and each year, in the language shown', () => {
    const m = investmentModel(chartText('fr'));
    expect(m.table.rows.map((r) => r.slice(1))).toEqual([
      ['2005–2023', '25,3\u00a0Md\u00a0$US'],
      ['2022', '1,4\u00a0Md\u00a0$US'],
      ['2023', '1,81\u00a0Md\u00a0$US'],
    ]);
    expect(m.sources).toEqual(['article', 'nbk']);
  });

  it('sizes the total to its panel, at most four times the title size', () => {
    expect(totalFontSize(2000, 'US$25.3bn')).toBe(104);
    expect(totalFontSize(500, 'US$25.3bn')).toBe(Math.floor(390 / (9 * 0.62)));
  });
});
