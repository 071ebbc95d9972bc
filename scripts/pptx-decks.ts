import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../core/languages.ts';
import { buildPptx, pptxBytes } from '../renderer/export/pptx/build-pptx.ts';
import { deckWords } from '../renderer/export/pptx/words.ts';
import { buildResources, type Resources } from '../renderer/i18n/resources.ts';

/*
 * `npm run handout -- --format pptx`: the app's PowerPoint builder run in Node. It needs no
 * build and no browser: PptxGenJS writes the same file in Node as in the app's renderer.
 */

/** The locale files as the app bundles them (`locales/<lang>/<namespace>.json` → text). */
export function localeResources(root: string): Resources {
  const files: Record<string, string> = {};
  for (const lang of readdirSync(join(root, 'locales'))) {
    for (const name of readdirSync(join(root, 'locales', lang))) {
      if (name.endsWith('.json')) {
        files[`locales/${lang}/${name}`] = readFileSync(join(root, 'locales', lang, name), 'utf8');
      }
    }
  }
  const { resources, problems } = buildResources(files);
  for (const p of problems) console.warn(`locales/${p.lang}/${p.namespace}.json: ${p.reason}`);
  return resources;
}

/**
 * Writes one language's deck beside `path` and renames it when complete, so a reader never
 * sees half a file; returns its size in bytes.
 */
export async function writePptxDeck(
  resources: Resources,
  lang: Language,
  path: string,
): Promise<number> {
  const bytes = await pptxBytes(buildPptx(deckWords(resources, lang)));
  const temporary = `${path}.${process.pid}.part`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return bytes.length;
}
