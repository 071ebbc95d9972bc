import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatElapsed,
  formatFactor,
  formatNumber,
  formatPercent,
  formatProseDate,
  formatProseDateRange,
  formatUsd,
  precisionOf,
  formatUsdProse,
} from './format.ts';

// The number formats FACTS.md asks for: English 41.0 / 28.3%, French 41,0 / 28,3 % (CLDR: a
// no-break space), Kazakh 41,0 / 28,3%.
describe('locale formats', () => {
  it('numbers', () => {
    expect(formatNumber('en', 41, 1)).toBe('41.0');
    expect(formatNumber('fr', 41, 1)).toBe('41,0');
    expect(formatNumber('kk', 41, 1)).toBe('41,0');
    expect(formatNumber('fr', 41.02)).toBe('41,02');
  });

  it('percentages', () => {
    expect(formatPercent('en', 28.3)).toBe('28.3%');
    expect(formatPercent('fr', 28.3)).toBe('28,3\u00a0%');
    expect(formatPercent('kk', 28.3)).toBe('28,3%');
  });

  it('amounts in US dollars', () => {
    expect(formatUsd('en', 41e9)).toBe('US$41bn');
    expect(formatUsd('fr', 25.3e9)).toBe('25,3\u00a0Md\u00a0$US');
    expect(formatUsd('kk', 370e6)).toBe('370\u00a0млн\u00a0$');
  });

  it('amounts in running text: the article’s words in French, млрд доллар in Kazakh', () => {
    expect(formatUsdProse('en', 41e9)).toBe('US$41bn');
    expect(formatUsdProse('fr', 41e9)).toBe('41\u00a0milliards de dollars');
    expect(formatUsdProse('fr', 25.3e9)).toBe('25,3\u00a0milliards de dollars');
    expect(formatUsdProse('fr', 1.81e9, 2)).toBe('1,81\u00a0milliard de dollars');
    expect(formatUsdProse('fr', 1.996e9, 2)).toBe('2\u00a0milliards de dollars');
    expect(formatUsdProse('fr', 370e6, 2)).toBe('370\u00a0millions de dollars');
    expect(formatUsdProse('kk', 41e9)).toBe('41\u00a0млрд\u00a0доллар');
    expect(formatUsdProse('kk', 370e6)).toBe('370\u00a0млн\u00a0доллар');
  });

  it('small counts in words where prose spells them out', () => {
    expect(formatCount('en', 7)).toBe('seven');
    expect(formatCount('fr', 7)).toBe('sept');
    expect(formatCount('kk', 7)).toBe('7');
    expect(formatCount('en', 16)).toBe('16');
  });

  it('dates in running text: «2024 жылғы 3–4 шілде» in Kazakh', () => {
    expect(formatProseDate('kk', '2023-05-17')).toBe('2023 жылғы 17 мамыр');
    expect(formatProseDate('kk', '2024-03', 'month')).toBe('2024 жылғы наурыз');
    expect(formatProseDateRange('kk', '2024-07-03', '2024-07-04')).toBe('2024 жылғы 3–4 шілде');
    expect(formatProseDate('fr', '2023-05-17')).toBe('17 mai 2023');
  });

  it('growth factors', () => {
    expect(formatFactor('en', 110.8)).toBe('×111');
  });

  it('dates and date ranges', () => {
    expect(formatDate('en', '1992-01-03')).toBe('3 January 1992');
    expect(formatDate('fr', '1992-01-03')).toBe('3 janvier 1992');
    expect(formatDate('kk', '1992-01-03')).toBe('1992 ж. 3 қаңтар');
    expect(formatDate('fr', '2013-09-07', 'month')).toBe('septembre 2013');
    expect(formatDateRange('fr', '2024-07-03', '2024-07-04')).toBe('3–4 juillet 2024');
    expect(formatDateRange('en', '2024-07-03', '2024-07-04')).toBe('3–4 July 2024');
    expect(formatDateRange('en', '2024-06-30', '2024-07-04')).toBe(
      '30 June\u2009–\u20094 July 2024',
    );
    // « 1er », the French ordinal for the first of the month; other days and languages as is.
    expect(formatDate('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('en', '2026-12-01')).toBe('1 December 2026');
    expect(formatDateRange('fr', '2024-07-01', '2024-07-04')).toBe('1er–4 juillet 2024');
    expect(formatDateRange('kk', '2024-07-03', '2024-07-04')).toBe('2024\u202fж. 3–4 шілде');
  });

  it('elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(3725)).toBe('1:02:05');
  });
});

describe('precisionOf', () => {
  it('reads the precision from how an ISO date is written, and refuses anything else', () => {
    expect(precisionOf('2022')).toBe('year');
    expect(precisionOf('2014-02')).toBe('month');
    expect(precisionOf('2011-06-13')).toBe('day');
    expect(() => precisionOf('13/06/2011')).toThrow(/ISO 8601/);
  });
});
