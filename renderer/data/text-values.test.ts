import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { crossCheckValues, lazyTextValues, textValues } from './text-values.ts';
import { localeTexts } from './testing/locale-files.ts';

describe('text values', () => {
  /** The {{names}} the slide texts and notes of `lang` use (locales/<lang>/slides.json). */
  function slideTextNames(lang: string): string[] {
    const texts = [...localeTexts(lang, 'slides').values()].join('\n');
    return [...new Set([...texts.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
  }

  it('has exactly the names the slide texts use, none empty, in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      const values = textValues(lang);
      expect(slideTextNames(lang).length, lang).toBeGreaterThan(10);
      expect(Object.keys(values).sort(), lang).toEqual(slideTextNames(lang).sort());
      for (const v of Object.values(values)) expect(v.trim()).not.toBe('');
    }
  });

  it('are the same read one by one as the slides read them (each formatted when first read)', () => {
    for (const lang of LANGUAGE_CODES) {
      const lazy = lazyTextValues(lang);
      expect({ ...lazy }, lang).toEqual(textValues(lang));
      expect(lazy.summitDates, lang).toBe(lazy.summitDates);
    }
  });

  it('formats each figure for its language', () => {
    expect(textValues('en')).toMatchObject({
      share: '28.3%',
      trade2023: 'US$41bn',
      trade1992: 'US$370m',
      gacc2023: 'US$41.02bn',
      growthFactor: '111',
      yearsEarly: 'seven',
      gap: 'US$10bn',
      visitCount: '5',
      scoAreas: '16',
      scoMembers: '10',
      summitDates: expect.stringMatching(/^3\s?–\s?4 July 2024$/),
    });
    // Running text writes amounts as the article does; charts keep the compact form.
    expect(textValues('fr')).toMatchObject({
      share: expect.stringMatching(/^28,3[\u00a0\u202f]%$/),
      investment: expect.stringContaining('25,3'),
      summitDates: expect.stringContaining('juillet 2024'),
      trade2023: '41\u00a0milliards de dollars',
      trade1992: '370\u00a0millions de dollars',
      inflow2023: '1,81\u00a0milliard de dollars',
      yearsEarly: 'sept',
    });
    expect(textValues('kk')).toMatchObject({
      kzShareChina: expect.stringContaining('22,6'),
      inflow2023: '1,81\u00a0млрд\u00a0доллар',
      target2030: '40\u00a0млрд\u00a0доллар',
      yearsEarly: '7',
      summitDates: '2024 жылғы 3–4 шілде',
    });
  });

  it('give every cross-check note a value for each name (placeholders.test.ts checks the names)', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const [name, value] of Object.entries(crossCheckValues(lang)))
        expect(value.trim(), `${lang} ${name}`).not.toBe('');
    }
  });
});
