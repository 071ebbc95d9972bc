import { describe, expect, it } from 'vitest';
import {
  engineKnowsKazakh,
  kkDate,
  kkDateRange,
  kkNumber,
  kkPercent,
  kkUsdCompact,
} from './kazakh-fallback.ts';

// Node ships full ICU: its Kazakh output is the reference the fallback must reproduce.
const kk = 'kk-KZ';
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('Kazakh formats without Kazakh ICU data', () => {
  it('the reference engine (Node) knows Kazakh', () => {
    expect(engineKnowsKazakh()).toBe(true);
  });

  it.each([0.368, 1.81, 17.5, 41, 41.02, 1234567.891, 2030])('number %d', (value) => {
    for (const [min, max] of [
      [0, 2],
      [1, 1],
      [0, 0],
    ] as const) {
      const options = { minimumFractionDigits: min, maximumFractionDigits: max };
      expect(kkNumber(value, min, max)).toBe(new Intl.NumberFormat(kk, options).format(value));
    }
    expect(kkNumber(value, 0, 0, false)).toBe(
      new Intl.NumberFormat(kk, { maximumFractionDigits: 0, useGrouping: false }).format(value),
    );
  });

  it.each([28.3, 22.6, 100, 0.5])('percent %d', (value) => {
    const options = {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    } as const;
    expect(kkPercent(value, 1)).toBe(new Intl.NumberFormat(kk, options).format(value / 100));
  });

  it.each([368e6, 370e6, 1.4e9, 1.81e9, 25.3e9, 40e9, 41.02e9, 43.82e9, 999, 1500, 2e12])(
    'compact dollars %d',
    (value) => {
      for (const digits of [0, 1, 2]) {
        const options = {
          style: 'currency',
          currency: 'USD',
          notation: 'compact',
          maximumFractionDigits: digits,
        } as const;
        expect(kkUsdCompact(value, digits)).toBe(new Intl.NumberFormat(kk, options).format(value));
      }
    },
  );

  it('dates at day, month and year precision, every month', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = utc(2024, month, 3);
      const format = (o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(kk, { ...o, timeZone: 'UTC' }).format(date);
      expect(kkDate(date, 'day')).toBe(format({ day: 'numeric', month: 'long', year: 'numeric' }));
      expect(kkDate(date, 'month')).toBe(format({ month: 'long', year: 'numeric' }));
      expect(kkDate(date, 'year')).toBe(format({ year: 'numeric' }));
    }
  });

  it.each([
    [utc(2024, 7, 3), utc(2024, 7, 4)],
    [utc(2024, 6, 30), utc(2024, 7, 4)],
    [utc(2023, 12, 30), utc(2024, 1, 4)],
    [utc(2024, 7, 3), utc(2024, 7, 3)],
  ])('date range %s – %s', (from, to) => {
    const format = new Intl.DateTimeFormat(kk, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(kkDateRange(from, to)).toBe(format.formatRange(from, to));
  });
});
