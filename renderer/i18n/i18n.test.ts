import { afterEach, describe, expect, it, vi } from 'vitest';
import { addLanguage, createI18n, problemsFor } from './i18n.ts';
import { readLanguage } from './resources.ts';

describe('the words of a language are read when it is shown', () => {
  it('gives a new instance the opening language only', () => {
    const i18n = createI18n('fr');
    expect(i18n.hasResourceBundle('fr', 'slides')).toBe(true);
    expect(i18n.hasResourceBundle('kk', 'slides')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    expect(i18n.t('app.name')).not.toBe('app.name');
  });

  it('adds another language at once, the first time it is asked for', () => {
    const i18n = createI18n('fr');
    addLanguage(i18n, 'kk');
    expect(i18n.hasResourceBundle('kk', 'data')).toBe(true);
    expect(i18n.t('quote.saying', { ns: 'slides', lng: 'kk' })).toMatch(/[әғқңөұүі]/);
  });

  it('finds no problem in the shipped files', () => {
    for (const lang of ['en', 'fr', 'kk'] as const) expect(problemsFor(lang)).toEqual([]);
  });
});

describe('reading one language at run time', () => {
  const files = {
    'locales/en/common.json': '{"a":"Hello","b":"World"}',
    'locales/fr/common.json': '{"a": ',
    'locales/fr/slides.json': '{"a":""}',
    'locales/fr/data.json': '{"a":"Bonjour"}',
  };

  it("parses that language's files only and reports what cannot be used", () => {
    const parse = vi.spyOn(JSON, 'parse');
    const { resources, problems } = readLanguage('fr', files);
    expect(parse).toHaveBeenCalledTimes(3);
    expect(resources).toEqual({ slides: {}, data: { a: 'Bonjour' } });
    expect(problems.map((p) => `${p.namespace}: ${p.reason}`)).toEqual([
      expect.stringMatching(/^common: not valid JSON/),
      'slides: 1 empty value(s)',
    ]);
  });

  it('leaves the comparison of keys with English to the build and the tests', () => {
    const { problems } = readLanguage('fr', {
      ...files,
      'locales/fr/common.json': '{"a":"Bonjour"}',
      'locales/fr/slides.json': '{"a":"Salut"}',
    });
    expect(problems).toEqual([]);
  });

  afterEach(() => vi.restoreAllMocks());
});
