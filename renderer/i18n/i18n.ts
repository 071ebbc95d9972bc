import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/languages.ts';
import { buildResources, i18nOptions, type LocaleProblem } from './resources.ts';

// Bundled into the app as text at build time: no HTTP loading, works offline and from file://.
const FILES = import.meta.glob<string>('../../locales/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const { resources, problems: localeProblems } = buildResources(FILES);

export function problemsFor(lang: Language): LocaleProblem[] {
  return localeProblems.filter((p) => p.lang === lang);
}

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nOptions(resources, lang));
  return instance;
}
