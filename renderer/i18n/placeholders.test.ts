import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheckValues, sourceTextValues, textValues } from '../data/text-values.ts';
import { LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import { localeTexts } from '../data/testing/locale-files.ts';
import { NAMESPACES, withoutPluralSuffix } from './resources.ts';

/*
 * Every {{name}} in every locale file must be given a value by the code that shows the text:
 * a renamed placeholder otherwise passes the typecheck and reaches the screen as "{{name}}".
 * Slide texts get the dataset's textValues, the cross-check notes crossCheckValues, source
 * titles and notes sourceTextValues; every other text gets the object literal of its own
 * t('key', { … }) call, read here from the renderer's source.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The text from an opening brace to its matching closing brace. */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return text.slice(open + 1, i);
  }
  return '';
}

/** Property names of an object literal's top level: `a: 1, b, ...c` → a, b. */
function propertyNames(body: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= body.length; i += 1) {
    const ch = body[i] ?? ',';
    if ('({['.includes(ch)) depth += 1;
    else if (')}]'.includes(ch)) depth -= 1;
    else if (ch === ',' && depth === 0) {
      const name = /^\s*(\w+)\s*(?::|$)/.exec(body.slice(start, i))?.[1];
      if (name) names.push(name);
      start = i + 1;
    }
  }
  return names;
}

interface Call {
  /** The key as a pattern: `${…}` parts of a template key match one key segment. */
  readonly key: RegExp;
  readonly names: readonly string[];
  readonly where: string;
}

/** Every t('literal key', { … }) call of the renderer, with the names it supplies. */
function translationCalls(): Call[] {
  const calls: Call[] = [];
  for (const file of sourceFiles(RENDERER)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['`])([\w.${}-]+)\1\s*,\s*\{/g)) {
      const key = (m[2] ?? '')
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.-]/g, '\\$&'))
        .join('[^.]+');
      const open = (m.index ?? 0) + m[0].length - 1;
      const line = text.slice(0, m.index).split('\n').length;
      calls.push({
        key: new RegExp(`^${key}$`),
        names: propertyNames(braced(text, open)),
        where: `${relative(ROOT, file)}:${line}`,
      });
    }
  }
  return calls;
}

/** The names the code gives a text, by where the text lives (empty when none). */
function suppliedNames(
  lang: Language,
  namespace: string,
  key: string,
  calls: readonly Call[],
): Set<string> {
  if (namespace === 'slides') return new Set(Object.keys(textValues(lang)));
  if (namespace === 'data' && key.startsWith('crossChecks.')) {
    return new Set(Object.keys(crossCheckValues(lang)));
  }
  if (namespace === 'data' && /^sources\.items\.[^.]+\.(title|note)$/.test(key)) {
    return new Set(Object.keys(sourceTextValues(lang)));
  }
  const base = withoutPluralSuffix(key);
  return new Set(calls.filter((c) => c.key.test(base)).flatMap((c) => c.names));
}

describe('placeholders in the locale files', () => {
  const calls = translationCalls();

  it('finds the t() calls it reads (so the check below is not vacuous)', () => {
    const found = calls.map((c) => c.key.source);
    expect(found).toContain('^nav\\.position$');
    expect(found).toContain('^milestones\\.[^.]+\\.detail$');
    expect(calls.find((c) => c.key.test('charts.trade-growth.growthLabel'))?.names).toEqual([
      'growth',
      'from',
    ]);
  });

  it('are each given a value by the code that shows the text, in every language', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGE_CODES) {
      for (const namespace of NAMESPACES) {
        for (const [key, text] of localeTexts(lang, namespace)) {
          const supplied = suppliedNames(lang, namespace, key, calls);
          for (const [, name] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            if (!supplied.has(name ?? '')) missing.push(`${lang}/${namespace}:${key} {{${name}}}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('are the same names in every language', () => {
    const names = (lang: string, namespace: string, key: string) =>
      [...(localeTexts(lang, namespace).get(key) ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
        .map((m) => m[1])
        .sort();
    for (const namespace of NAMESPACES) {
      for (const key of localeTexts('en', namespace).keys()) {
        for (const lang of LANGUAGE_CODES) {
          expect(names(lang, namespace, key), `${lang}/${namespace}:${key}`).toEqual(
            names('en', namespace, key),
          );
        }
      }
    }
  });
});
