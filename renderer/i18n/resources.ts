import type { InitOptions } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type Language } from '../../core/languages.ts';

/**
 * Turns the raw locale files (locales/<lang>/<namespace>.json, bundled as text) into
 * i18next resources. A broken or incomplete file never blanks the app: what cannot be read
 * is left out, i18next falls back to English for it, and the problem is reported so the
 * app can show a notice. The build refuses locale files with any problem (the locale check
 * in electron.vite.config.ts), so the app meets one only in development.
 */

export type Namespace = 'common' | 'slides' | 'data';
export const NAMESPACES: readonly Namespace[] = ['common', 'slides', 'data'];

export interface LocaleProblem {
  readonly lang: Language;
  readonly namespace: string;
  readonly reason: string;
}

export type TranslationTree = { [key: string]: string | TranslationTree };
export type Resources = Partial<Record<Language, LanguageResources>>;

/** Every leaf key of a translation tree, dotted (`trade.points.origin`). */
export function flattenKeys(tree: TranslationTree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [k, v] of flattenKeys(value, path)) keys.set(k, v);
  }
  return keys;
}

/** Plural suffixes differ by language (fr has _many): compare keys without them. */
export function withoutPluralSuffix(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

function isTree(value: unknown): value is TranslationTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string' || isTree(v));
}

/** Drops empty strings so that i18next falls back to English for them. */
function withoutEmpty(tree: TranslationTree): [TranslationTree, number] {
  let dropped = 0;
  const out: TranslationTree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      if (value.trim() === '') dropped += 1;
      else out[key] = value;
    } else {
      const [child, n] = withoutEmpty(value);
      dropped += n;
      out[key] = child;
    }
  }
  return [out, dropped];
}

/** `../../locales/fr/slides.json` → ['fr', 'slides'] */
function fileParts(path: string): [string, string] | undefined {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? [match[1] ?? '', match[2] ?? ''] : undefined;
}

export type LanguageResources = Partial<Record<Namespace, TranslationTree>>;

/** One locale file as i18next takes it, or the reason it cannot be used. */
function readFile(text: string): { tree?: TranslationTree; reason?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!isTree(parsed)) return { reason: 'not an object of strings' };
  const [tree, dropped] = withoutEmpty(parsed);
  return { tree, reason: dropped > 0 ? `${dropped} empty value(s)` : undefined };
}

/**
 * One language's files, read as the app opens that language: each parsed and its shape
 * checked, nothing compared with the other languages (the build and the locale test do that
 * once, with buildResources below, so that start-up parses the opening language alone).
 */
export function readLanguage(
  lang: Language,
  files: Readonly<Record<string, string>>,
): { resources: LanguageResources; problems: LocaleProblem[] } {
  const resources: LanguageResources = {};
  const problems: LocaleProblem[] = [];
  const texts = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    const parts = fileParts(path);
    if (parts?.[0] === lang) texts.set(parts[1], text);
  }
  for (const namespace of NAMESPACES) {
    const text = texts.get(namespace);
    if (text === undefined) {
      problems.push({ lang, namespace, reason: 'file missing' });
      continue;
    }
    const { tree, reason } = readFile(text);
    if (reason) problems.push({ lang, namespace, reason });
    if (tree) resources[namespace] = tree;
  }
  return { resources, problems };
}

/** Every language's files, each checked and compared with English: the build's and tests' check. */
export function buildResources(files: Readonly<Record<string, string>>): {
  resources: Resources;
  problems: LocaleProblem[];
} {
  const resources: Resources = {};
  const problems: LocaleProblem[] = [];
  for (const lang of LANGUAGE_CODES) {
    const read = readLanguage(lang, files);
    if (Object.keys(read.resources).length > 0) resources[lang] = read.resources;
    problems.push(...read.problems);
  }

  const reference = resources[DEFAULT_LANGUAGE] ?? {};
  for (const lang of LANGUAGE_CODES) {
    if (lang === DEFAULT_LANGUAGE) continue;
    for (const namespace of NAMESPACES) {
      const tree = resources[lang]?.[namespace];
      if (!tree) continue;
      const have = new Set([...flattenKeys(tree).keys()].map(withoutPluralSuffix));
      const want = [...flattenKeys(reference[namespace] ?? {}).keys()].map(withoutPluralSuffix);
      const missing = want.filter((key) => !have.has(key));
      if (missing.length > 0) {
        problems.push({ lang, namespace, reason: `${missing.length} missing key(s)` });
      }
    }
  }
  return { resources, problems };
}

/**
 * How every i18next instance of the app starts: from resources in memory, synchronously (so
 * the first render has its words), English filling what a locale lacks.
 */
export function i18nOptions(resources: Resources, lang: Language): InitOptions {
  return {
    resources,
    lng: lang,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  };
}
