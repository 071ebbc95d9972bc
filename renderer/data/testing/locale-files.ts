import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenKeys, type TranslationTree } from '../../i18n/resources.ts';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'locales');

/** A locale file's texts by dotted key (`sources.items.nbk.title`), read from disk. */
export function localeTexts(lang: string, namespace: string): Map<string, string> {
  const text = readFileSync(join(LOCALES, lang, `${namespace}.json`), 'utf8');
  return flattenKeys(JSON.parse(text) as TranslationTree);
}

/** locales/<lang>/data.json: source titles, notes and cross-check notes. */
export function dataLocale(lang: string): Map<string, string> {
  return localeTexts(lang, 'data');
}
