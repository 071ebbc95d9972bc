import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_CODES } from '../../core/languages.ts';
import { buildResources, flattenKeys, NAMESPACES, withoutPluralSuffix } from './resources.ts';

const LOCALES = join(import.meta.dirname, '..', '..', 'locales');

function readLocales(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lang of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, lang))) {
      files[`locales/${lang}/${file}`] = readFileSync(join(LOCALES, lang, file), 'utf8');
    }
  }
  return files;
}

describe('the shipped locale files', () => {
  const files = readLocales();
  const { resources, problems } = buildResources(files);

  it('are valid, complete and have no empty value', () => {
    expect(problems).toEqual([]);
  });

  it('have exactly the same keys in every language', () => {
    for (const namespace of NAMESPACES) {
      const keySets = LANGUAGE_CODES.map((lang) =>
        [...flattenKeys(resources[lang]?.[namespace] ?? {}).keys()].map(withoutPluralSuffix),
      );
      const [reference, ...others] = keySets.map((keys) => [...new Set(keys)].sort());
      for (const other of others) expect(other).toEqual(reference);
    }
  });

  it('have every plural form each language needs (French has one, many, other)', () => {
    for (const lang of LANGUAGE_CODES) {
      const categories = new Intl.PluralRules(LANGUAGES[lang].intl).resolvedOptions()
        .pluralCategories;
      for (const namespace of NAMESPACES) {
        const keys = [...flattenKeys(resources[lang]?.[namespace] ?? {}).keys()];
        const pluralBases = new Set(
          keys.filter((k) => withoutPluralSuffix(k) !== k).map(withoutPluralSuffix),
        );
        for (const base of pluralBases) {
          for (const category of categories) {
            expect(keys, `${lang}/${namespace}: ${base}_${category}`).toContain(
              `${base}_${category}`,
            );
          }
        }
      }
    }
  });

  it('keep English out of the French and Kazakh files', () => {
    for (const namespace of NAMESPACES) {
      const english = flattenKeys(resources.en?.[namespace] ?? {});
      // Without English sentences to compare with, the check below would pass on anything.
      expect(english.size, `en/${namespace}`).toBeGreaterThan(0);
      for (const lang of ['fr', 'kk'] as const) {
        let compared = 0;
        for (const [key, value] of flattenKeys(resources[lang]?.[namespace] ?? {})) {
          const reference = english.get(key);
          // Proper names and symbols may be identical; whole sentences may not.
          if (reference && reference.split(' ').length > 3) {
            compared += 1;
            expect(value, `${lang}/${namespace}:${key}`).not.toBe(reference);
          }
        }
        expect(compared, `${lang}/${namespace}: sentences compared`).toBeGreaterThan(0);
      }
    }
  });

  it('write Kazakh in Cyrillic with its own letters', () => {
    const text = NAMESPACES.flatMap((ns) => [
      ...flattenKeys(resources.kk?.[ns] ?? {}).values(),
    ]).join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });
});

describe('loading broken locale files', () => {
  const good = { 'locales/en/common.json': '{"a":{"b":"Hello"},"c":"World"}' };

  it('reports a corrupt file and keeps the others', () => {
    const { resources, problems } = buildResources({
      ...good,
      'locales/fr/common.json': '{"a": ',
    });
    expect(resources.en?.common).toEqual({ a: { b: 'Hello' }, c: 'World' });
    expect(resources.fr?.common).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({
        lang: 'fr',
        namespace: 'common',
        reason: expect.stringMatching(/not valid JSON/),
      }),
    );
  });

  it('reports missing files, missing keys, empty values and non-string values', () => {
    const { resources, problems } = buildResources({
      ...good,
      'locales/fr/common.json': '{"a":{"b":""}}',
      'locales/kk/common.json': '{"a":{"b":3},"c":"Әлем"}',
    });
    expect(resources.fr?.common).toEqual({ a: {} });
    const reasons = problems.map((p) => `${p.lang}/${p.namespace}: ${p.reason}`);
    expect(reasons).toContain('fr/common: 1 empty value(s)');
    expect(reasons).toContain('fr/common: 2 missing key(s)');
    expect(reasons).toContain('kk/common: not an object of strings');
    expect(reasons).toContain('en/slides: file missing');
  });

  it('ignores files of unknown languages and namespaces', () => {
    const { resources } = buildResources({ ...good, 'locales/de/common.json': '{}' });
    expect(Object.keys(resources)).toEqual(['en']);
  });
});
