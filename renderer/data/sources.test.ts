import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import { LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import { figureList } from './figures.ts';
import { CROSS_CHECKS, formatSourceDate, SOURCE_IDS, SOURCES, type Source } from './sources.ts';
import { sourceTextValues } from './text-values.ts';
import { sourceUses, validateSources } from './validate.ts';
import { dataLocale } from './testing/locale-files.ts';

describe('sources', () => {
  it('every figure, series point, milestone and note names a known source', () => {
    expect(validateSources()).toEqual([]);
    const known = new Set<string>(SOURCES.map((s) => s.id));
    for (const use of sourceUses()) expect(known, use.what).toContain(use.source);
    for (const note of CROSS_CHECKS) for (const s of note.sources) expect(known).toContain(s);
    expect(SOURCES.map((s) => s.id)).toEqual([...SOURCE_IDS]);
  });

  it('every figure has a plain description of what it measures', () => {
    for (const f of figureList()) expect(f.measures.length, f.id).toBeGreaterThan(10);
  });

  it('have their translated title, note, name and description in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      const texts = dataLocale(lang);
      for (const s of SOURCES) {
        expect(texts.get(s.name), `${lang}: ${s.name}`).toBeTruthy();
        expect(texts.get(s.description), `${lang}: ${s.description}`).toBeTruthy();
        expect(texts.get(s.title), `${lang}: ${s.title}`).toBeTruthy();
        if (s.note) expect(texts.get(s.note), `${lang}: ${s.note}`).toBeTruthy();
      }
      for (const note of CROSS_CHECKS) expect(texts.get(`crossChecks.${note.id}`)).toBeTruthy();
    }
  });
});

describe('source entries on the sources slide and the handout', () => {
  const i18n = Object.fromEntries(LANGUAGE_CODES.map((lang) => [lang, createI18n(lang)]));

  /** What an entry shows in `lang`, as plain text: title · date · note (addresses excluded). */
  function entryText(lang: Language, s: Source): string {
    const { t } = i18n[lang] ?? createI18n(lang);
    const values = sourceTextValues(lang);
    const parts = [
      t(s.title, { ns: 'data', ...values }),
      formatSourceDate(lang, s),
      s.note && t(s.note, { ns: 'data', ...values }),
    ];
    return parts.filter((p) => p !== undefined && p !== '').join(' · ');
  }

  // Names of publications and bodies stay as published; they are not English to translate.
  const PROPER_NAMES = [
    'The Astana Times',
    'China Daily',
    'News Central Asia',
    'UN Comtrade',
    'WITS',
    'Newsline',
    'Kazinform',
    'Interfax',
  ];

  // Common English words of source references. Left out on purpose: "via" (also French),
  // "on", "as", "public", "article", "commerce", "million" (French words too).
  const ENGLISH = new RegExp(
    `\\b(${[
      'the',
      'of',
      'and',
      'with',
      'from',
      'published',
      'copy',
      'mirror',
      'each',
      'by',
      'report',
      'press',
      'customs',
      'data',
      'ministry',
      'prime',
      'minister',
      'president',
      'public records',
      'public source',
      'records',
      'quoted',
      'officials',
      'according',
      'last year',
      'chinese',
      'diplomatic',
      'anniversary',
      'bln',
      'bn',
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ].join('|')})\\b`,
    'i',
  );

  function englishIn(text: string): string | undefined {
    const rest = PROPER_NAMES.reduce((acc, name) => acc.replaceAll(name, ' '), text);
    return ENGLISH.exec(rest)?.[0];
  }

  it('the stop-list catches the English entries (so the check below is not vacuous)', () => {
    const caught = SOURCES.filter((s) => englishIn(entryText('en', s)) !== undefined);
    expect(caught.length).toBeGreaterThan(SOURCES.length / 2);
    expect(englishIn('Xi Jinping: “USD 25 bln last year”')).toBeDefined();
    expect(englishIn('mirror copy, 2022')).toBeDefined();
  });

  it('show no English in French or Kazakh: title, date and note are translated', () => {
    for (const lang of ['fr', 'kk'] as const) {
      for (const s of SOURCES) {
        const text = entryText(lang, s);
        expect(englishIn(text), `${lang} ${s.id}: ${text}`).toBeUndefined();
        expect(text, `${lang} ${s.id}: untranslated key`).not.toMatch(/sources\.items\./);
        expect(text, `${lang} ${s.id}: unfilled placeholder`).not.toMatch(/\{\{/);
      }
    }
  });

  it('show Kazakh in every Kazakh entry (Cyrillic in its title, date or note)', () => {
    for (const s of SOURCES) {
      expect(entryText('kk', s), s.id).toMatch(/[а-яәғқңөұүһі]/i);
    }
  });

  it('format every publication date in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const s of SOURCES) {
        if (!s.published && !s.publishedRange) continue;
        let text: string | undefined;
        expect(() => (text = formatSourceDate(lang, s)), `${lang} ${s.id}`).not.toThrow();
        expect(text?.trim(), `${lang} ${s.id}`).toBeTruthy();
        const year = s.published ? s.published.iso.slice(0, 4) : String(s.publishedRange?.[0]);
        expect(text, `${lang} ${s.id}`).toContain(year);
        expect(text, `${lang} ${s.id}`).not.toMatch(/Invalid|NaN|M\d\d/);
      }
    }
    const chinaDaily = SOURCES.find((s) => s.id === 'chinadaily-2010');
    expect(chinaDaily && formatSourceDate('fr', chinaDaily)).toBe('13 juin 2011');
    const nbk = SOURCES.find((s) => s.id === 'nbk');
    expect(nbk && formatSourceDate('kk', nbk)).toBe('2022–2023');
  });

  it('keep addresses bare (no scheme, no spaces) and out of the translations', () => {
    for (const s of SOURCES) {
      for (const url of [s.url, s.alsoAt]) {
        if (url) expect(url, s.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
      }
    }
  });

  it('give their titles and notes amounts through Intl (placeholders.test.ts checks the names)', () => {
    expect(sourceTextValues('en')).toEqual({ anniversary: '30', xiAmount: 'US$25bn' });
    expect(sourceTextValues('fr').xiAmount).toBe('25\u00a0milliards de dollars');
    expect(sourceTextValues('kk').xiAmount).toMatch(/^25\u00a0млрд/);
  });
});
