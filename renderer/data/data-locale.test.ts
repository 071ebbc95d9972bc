import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { datasetNumbers } from './testing/dataset-numbers.ts';
import { dataLocale } from './testing/locale-files.ts';

describe('datasetNumbers', () => {
  it('contains every number the deck shows, also as displayed', () => {
    const numbers = new Set(datasetNumbers());
    for (const n of [
      0.37, 370, 0.368, 368, 41, 41.02, 28.3, 25.3, 40, 2030, 2005, 2023, 1992, 111, 7, 16, 10, 5,
      2013, 2015, 2017, 2022, 2024, 31.5, 22.6, 29.4, 1.4, 1.81, 32.2, 24, 3, 4, 19, 2014, 17,
    ]) {
      expect(numbers, String(n)).toContain(n);
    }
  });

  it('is sorted and finite', () => {
    const list = datasetNumbers();
    expect(list.every(Number.isFinite)).toBe(true);
    expect([...list].sort((a, b) => a - b)).toEqual(list);
  });
});

describe('locales/*/data.json', () => {
  it('has the same keys in every language and no empty value', () => {
    const en = [...dataLocale('en').keys()].sort();
    for (const lang of LANGUAGE_CODES) {
      const texts = dataLocale(lang);
      expect([...texts.keys()].sort()).toEqual(en);
      for (const [key, value] of texts) {
        if (key !== 'frame.listSeparator') expect(value.trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('writes no amounts in digits: numbers come from the dataset (years are fine)', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const [key, value] of dataLocale(lang)) {
        for (const [digits] of value.matchAll(/\d+(?:[.,]\d+)?/g)) {
          const year = Number(digits);
          expect(
            Number.isInteger(year) && year >= 1990 && year <= 2035,
            `${lang} ${key}: ${digits}`,
          ).toBe(true);
        }
      }
    }
  });
});
