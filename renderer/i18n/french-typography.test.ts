import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheckValues, sourceTextValues, textValues } from '../data/text-values.ts';
import { flattenKeys, NAMESPACES, type TranslationTree } from './resources.ts';

/*
 * French typography (Lexique des règles typographiques): a no-break space before : ; ! ? »
 * and after «, so that none of them starts a line. U+202F (narrow) before ; ! ? and U+00A0
 * before : and inside « », or U+00A0 throughout. Checked in every French string, interface
 * included, and in the slide and source texts as shown, with their values filled in.
 */

const NO_BREAK = '[\\u00a0\\u202f]';
const RULES: readonly { readonly what: string; readonly bad: RegExp }[] = [
  { what: 'before ; ! ? : »', bad: new RegExp(`(^|[^\\u00a0\\u202f])[;!?:»]`, 'g') },
  { what: 'after «', bad: new RegExp(`«(?!${NO_BREAK})`, 'g') },
];

/** Each break of the rule in `text`, with a few characters around it. */
function typographyProblems(text: string): string[] {
  return RULES.flatMap(({ what, bad }) =>
    [...text.matchAll(bad)].map((m) => {
      const at = m.index ?? 0;
      return `no no-break space ${what}: “…${text.slice(Math.max(0, at - 12), at + 6)}…”`;
    }),
  );
}

function french(namespace: string): Map<string, string> {
  const path = join(import.meta.dirname, '..', '..', 'locales', 'fr', `${namespace}.json`);
  return flattenKeys(JSON.parse(readFileSync(path, 'utf8')) as TranslationTree);
}

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
}

describe('French typography', () => {
  it('the rule catches what it must and passes what it must', () => {
    expect(typographyProblems('Source : x')).toHaveLength(1);
    expect(typographyProblems('Source: x')).toHaveLength(1);
    expect(typographyProblems('« Route lumineuse »')).toHaveLength(2);
    expect(typographyProblems('a ; b')).toHaveLength(1);
    expect(typographyProblems('Source\u00a0: x\u202f; «\u00a0Route\u00a0»\u202f!')).toEqual([]);
  });

  it('every French string has a no-break space before : ; ! ? » and after «', () => {
    const problems: string[] = [];
    for (const namespace of NAMESPACES) {
      for (const [key, text] of french(namespace)) {
        for (const p of typographyProblems(text)) problems.push(`fr/${namespace}:${key}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('so does every slide and source text with its figures filled in', () => {
    const values = {
      ...textValues('fr'),
      ...crossCheckValues('fr'),
      ...sourceTextValues('fr'),
    };
    const problems: string[] = [];
    for (const namespace of ['slides', 'data']) {
      for (const [key, text] of french(namespace)) {
        for (const p of typographyProblems(fill(text, values))) {
          problems.push(`fr/${namespace}:${key}: ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('Belarus has one name, « la Biélorussie », as the French foreign ministry writes', () => {
    for (const namespace of NAMESPACES) {
      for (const [key, text] of french(namespace)) {
        expect(text, `fr/${namespace}:${key}`).not.toMatch(/B[ée]larus/);
      }
    }
  });
});
