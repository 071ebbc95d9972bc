import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import {
  i18nOptions,
  readLanguage,
  type LanguageResources,
  type LocaleProblem,
  type Resources,
} from './resources.ts';

// Bundled into the app as text at build time: no HTTP loading, works offline and from file://.
// Text costs next to nothing until it is parsed, and only a language that is shown is parsed.
const FILES = import.meta.glob<string>('../../locales/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const read = new Map<Language, { resources: LanguageResources; problems: LocaleProblem[] }>();
const added = new WeakMap<i18n, Set<Language>>();

function languageFiles(lang: Language) {
  let files = read.get(lang);
  if (!files) read.set(lang, (files = readLanguage(lang, FILES)));
  return files;
}

/**
 * Every language's words, parsed now where they were not yet: the PowerPoint builder's input
 * (a deck's quote slide shows the saying in all three languages).
 */
export function allResources(): Resources {
  return Object.fromEntries(LANGUAGE_CODES.map((lang) => [lang, languageFiles(lang).resources]));
}

/** What could not be read of a language's files (read now if it was not yet). */
export function problemsFor(lang: Language): LocaleProblem[] {
  return languageFiles(lang).problems;
}

/**
 * Gives `instance` the words of `lang`, parsed the first time that language is asked for,
 * and English's too if some of them could not be read (i18next falls back to English).
 * Synchronous, so that a language switch renders its words in the same frame.
 */
export function addLanguage(instance: i18n, lang: Language): void {
  const languages = added.get(instance) ?? new Set<Language>();
  if (languages.has(lang)) return;
  added.set(instance, languages.add(lang));
  const { resources, problems } = languageFiles(lang);
  for (const [namespace, tree] of Object.entries(resources)) {
    // No copy: the trees are parsed once for this and never changed, and i18next's copy is a
    // JSON round trip of every file.
    instance.addResourceBundle(lang, namespace, tree, false, false, { skipCopy: true });
  }
  if (problems.length > 0 && lang !== DEFAULT_LANGUAGE) addLanguage(instance, DEFAULT_LANGUAGE);
}

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  // No words yet: the opening language's are parsed and added just below, the others when shown.
  void instance.use(initReactI18next).init(i18nOptions({}, lang));
  addLanguage(instance, lang);
  return instance;
}
