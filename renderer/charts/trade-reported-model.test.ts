import { describe, expect, it } from 'vitest';
import { chartText } from './testing/chart-text.ts';
import { tradeReportedModel } from './trade-reported-model.ts';

describe('tradeReportedModel', () => {
  const en = tradeReportedModel(chartText('en'));

  it('has a category for each year China reports, and Kazakhstan’s figure where it has one', () => {
    expect(en.rows.map((r) => r.year)).toEqual([
      '1992',
      '2008',
      '2010',
      '2013',
      '2018',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(en.compared.map((c) => [c.year, c.kz.value, c.kz.source])).toEqual([
      ['2018', 11.69, 'wits'],
      ['2022', 24.2, 'kz-stat'],
      ['2023', 31.53, 'wits'],
      ['2024', 30.05, 'wits'],
    ]);
    expect(en.marks).toBe(13);
  });

  it('writes three decimals below one billion, one above', () => {
    expect(en.amount(0.368)).toBe('US$368m');
    expect(en.barLabel(0.368)).toBe('0.368');
    expect(en.barLabel(41.02)).toBe('41.0');
    expect(en.table.rows[0]).toEqual(['1992', 'US$368m', expect.any(String), '']);
    expect(en.table.rows.at(-1)?.slice(0, 3)).toEqual(['2024', 'US$43.8bn', 'US$30.1bn']);
  });

  it('names only the sources of figures drawn, Kazakhstan’s included', () => {
    expect(en.sources).toContain('cn-1992');
    expect(en.sources).toContain('kz-stat');
    expect(en.sources).toContain('wits');
    expect(new Set(en.sources).size).toBe(en.sources.length);
  });

  it('has an axis above the largest value', () => {
    expect(en.axis.max).toBeGreaterThanOrEqual(43.82);
    expect(en.axis.ticks[0]).toBe(0);
  });
});
