import type { InitOptions } from 'i18next';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_CODES,
  type Language,
} from '../../core/languages.ts';

/**
 * Turns the raw locale files (locales/<lang>/<namespace>.json, bundled as text) into
 * i18next resources. A broken or incomplete file never blanks the app: what cannot be read
 * is left out, i18next falls back to English for it, and the problem is reported so the
 * app can show a notice.
 */

export type Namespace = 'common' | 'slides' | 'data';
export const NAMESPACES: readonly Namespace[] = ['common', 'slides', 'data'];

export interface LocaleProblem {
  readonly lang: Language;
  readonly namespace: string;
  readonly reason: string;
}

export type TranslationTree = { [key: string]: string | TranslationTree };
export type Resources = Partial<Record<Language, Partial<Record<Namespace, TranslationTree>>>>;

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

export function buildResources(files: Readonly<Record<string, string>>): {
  resources: Resources;
  problems: LocaleProblem[];
} {
  const resources: Resources = {};
  const problems: LocaleProblem[] = [];

  for (const [path, text] of Object.entries(files)) {
    const parts = fileParts(path);
    if (!parts) continue;
    const [lang, namespace] = parts;
    if (!isLanguage(lang) || !(NAMESPACES as readonly string[]).includes(namespace)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({ lang, namespace, reason: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    if (!isTree(parsed)) {
      problems.push({ lang, namespace, reason: 'not an object of strings' });
      continue;
    }
    const [tree, dropped] = withoutEmpty(parsed);
    if (dropped > 0) problems.push({ lang, namespace, reason: `${dropped} empty value(s)` });
    (resources[lang] ??= {})[namespace as Namespace] = tree;
  }

  const reference = resources[DEFAULT_LANGUAGE] ?? {};
  for (const lang of LANGUAGE_CODES) {
    for (const namespace of NAMESPACES) {
      const tree = resources[lang]?.[namespace];
      const alreadyReported = problems.some((p) => p.lang === lang && p.namespace === namespace);
      if (!tree) {
        if (!alreadyReported) problems.push({ lang, namespace, reason: 'file missing' });
        continue;
      }
      if (lang === DEFAULT_LANGUAGE) continue;
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
