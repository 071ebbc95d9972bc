/** The languages the briefing is written in, with the Intl locale used to format numbers and dates. */
export const LANGUAGES = {
  en: { intl: 'en-GB', name: 'English' },
  fr: { intl: 'fr-FR', name: 'Français' },
  kk: { intl: 'kk-KZ', name: 'Қазақша' },
} as const;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** English is the fallback: the most complete locale and the one reviewers share. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}
