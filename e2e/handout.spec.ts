import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { SLIDE_IDS } from '../core/ids.ts';
import { readBookmarks, type Bookmark } from '../scripts/pdf-metadata.ts';
import { runScript } from './run-script.ts';

// `npm run handout` end to end: the PDFs a reader gets, opened with poppler's tools.
const run = promisify(execFile);
const SLIDE_COUNT = SLIDE_IDS.length;

async function handout(...args: string[]) {
  return handoutFrom(process.cwd(), ...args);
}

/** As `npm run handout` typed in `folder`. */
function handoutFrom(folder: string, ...args: string[]) {
  return runScript('scripts/handout.ts', folder, args);
}

/** The PDF's text in reading order, with line breaks and runs of spaces made single spaces. */
async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ' ');
}

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

async function pdfInfo(file: string): Promise<string> {
  return (await run('pdfinfo', [file])).stdout;
}

/**
 * Fonts that are not embedded, or whose text cannot be extracted (pdffonts' "emb" and "uni"
 * columns). Chromium writes some glyphs as Type 3 fonts: embedded too, so they pass.
 */
async function fontsNotEmbedded(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  const rows = stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  expect(rows.length).toBeGreaterThan(0);
  return rows.filter((row) => {
    const [emb, , uni] = row.trim().split(/\s+/).slice(-5);
    return emb !== 'yes' || uni !== 'yes';
  });
}

/** Each slide's title as the slide reads, numbered as the handout lists it. */
/** The slides' titles as they read in `lang`, numbered in the outline's order. */
function numberedTitles(lang: string): string[] {
  const slides = JSON.parse(readFileSync(`locales/${lang}/slides.json`, 'utf8')) as Record<
    string,
    { title: string }
  >;
  return SLIDE_IDS.map((id, i) => `${i + 1}. ${slides[id]?.title ?? id}`);
}

/** The briefing's name in `lang`, as the cover and the first bookmark read. */
function appName(lang: string): string {
  const common = JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as {
    app: { name: string };
  };
  return common.app.name;
}

async function bookmarks(file: string): Promise<Bookmark[]> {
  return readBookmarks(readFileSync(file));
}

// One PDF at a time: each export already keeps a Chromium busy.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.describe('npm run handout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  const titles = JSON.parse(readFileSync('locales/en/slides.json', 'utf8')) as Record<
    string,
    { title: string }
  >;

  test('all languages, slides layout: one page per slide, every title, localized figures', async () => {
    const result = await handout('--lang', 'all', '--layout', 'slides', '--out', dir);
    expect(result.code, result.stderr).toBe(0);
    for (const lang of ['en', 'fr', 'kk']) {
      const file = join(dir, `briefing-${lang}-slides.pdf`);
      expect(result.stdout).toContain(file);
      expect(await pdfPages(file)).toBe(SLIDE_COUNT);
      expect(await fontsNotEmbedded(file)).toEqual([]);
      const info = await pdfInfo(file);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Author:\s+\S/);
      expect(info).toContain(`Subject:         Slides (${lang})`);
      expect(info).toMatch(/Keywords:\s+lang:/);
      // One bookmark per slide, titled as the slide reads, opening its page.
      const marks = await bookmarks(file);
      expect(marks.map((b) => b.title)).toEqual(numberedTitles(lang));
      expect(marks.map((b) => b.page)).toEqual(
        Array.from({ length: SLIDE_COUNT }, (_, i) => i + 1),
      );
      expect(marks.every((b) => b.children.length === 0)).toBe(true);
      // The document language is set for screen readers (poppler shows the catalog's /Lang).
      expect(readFileSync(file).toString('latin1')).toContain(`/Lang (${lang})`);
    }
    const en = await pdfText(join(dir, 'briefing-en-slides.pdf'));
    for (const { title } of Object.values(titles)) expect(en).toContain(title);
    expect(en).toContain('28.3%');
    const fr = await pdfText(join(dir, 'briefing-fr-slides.pdf'));
    expect(fr).toContain('28,3');
    expect(fr).not.toContain('28.3');
    const kk = await pdfText(join(dir, 'briefing-kk-slides.pdf'));
    expect(kk).toContain('28,3%');
    expect(kk).toMatch(/[әғқңөұүһі]/);
    expect(kk).toContain('Си Цзиньпин');
  });

  test('handout layout: cover, notes, data tables and sources, in French', async () => {
    const file = join(dir, 'fr-handout.pdf');
    const result = await handout('--lang', 'fr', '--layout', 'handout', '--out', file);
    expect(result.code, result.stderr).toBe(0);
    const pages = await pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(1 + SLIDE_COUNT + 1);
    const text = await pdfText(file);
    expect(text.toLowerCase()).toContain('document à distribuer');
    expect(text).toContain('Notes de l’orateur');
    // The on-screen print bar stays off paper.
    expect(text).not.toContain('Imprimer ou enregistrer en PDF');
    expect(text).toContain('Données');
    expect(text).toContain('41,02');
    expect(text).toMatch(new RegExp(`Page 2 sur ${pages}`));
    // Cover, then each slide with at most its notes and data beneath it, then the sources.
    const marks = await bookmarks(file);
    expect(marks.map((b) => b.title)).toEqual([appName('fr'), ...numberedTitles('fr'), 'Sources']);
    for (const mark of marks.slice(1, -1)) {
      expect(['Notes de l’orateur', 'Données'].slice(0, mark.children.length)).toEqual(
        mark.children.map((c) => c.title),
      );
      for (const child of mark.children) expect(child.page).toBeGreaterThanOrEqual(mark.page);
    }
    expect(marks[3]?.children.map((c) => c.title)).toEqual(['Notes de l’orateur', 'Données']);
    expect(marks.at(-1)?.page).toBe(pages);
    expect(marks.map((b) => b.page)).toEqual([...marks.map((b) => b.page)].sort((a, b) => a - b));
    expect(await fontsNotEmbedded(file)).toEqual([]);
  });

  for (const [perPage, pages] of [
    ['2', 1 + 7 + 1],
    ['3', 1 + 5 + 1],
    ['6', 1 + 3 + 1],
  ] as const) {
    test(`handout with ${perPage} slides per page on Letter paper, in Kazakh`, async () => {
      const file = join(dir, `kk-${perPage}.pdf`);
      const result = await handout(
        '--lang=kk',
        '--layout=handout',
        `--per-page=${perPage}`,
        '--paper=Letter',
        `--out=${file}`,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(await pdfPages(file)).toBe(pages);
      expect(await pdfInfo(file)).toMatch(/Page size:\s+612 x 792 pts/);
      expect((await pdfText(file)).toLowerCase()).toContain('таратпа материал');
      const marks = await bookmarks(file);
      expect(marks.slice(1, -1).map((b) => b.title)).toEqual(numberedTitles('kk'));
      expect(marks).toHaveLength(SLIDE_COUNT + 2);
      expect(marks.every((b) => b.children.length === 0)).toBe(true);
    });
  }

  test('bad arguments print the usage, exit 2 and write nothing', async () => {
    const before = readdirSync(dir).length;
    for (const args of [
      ['--lang', 'de', '--layout', 'slides', '--out', dir],
      ['--lang', 'fr', '--layout', 'poster', '--out', dir],
      ['--lang', 'fr', '--layout', 'slides', '--out', dir, '--colour'],
      ['--lang', 'fr', '--layout', 'slides', '--out'],
    ]) {
      const result = await handout(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: npm run handout');
    }
    expect(readdirSync(dir).length).toBe(before);
  });

  test('--out is read from the folder the command was typed in; the layout defaults to handout', async () => {
    const user = mkdtempSync(join(tmpdir(), 'handout-user-'));
    const result = await handoutFrom(user, '--lang', 'en', '--out', 'talks/');
    expect(result.code, result.stderr).toBe(0);
    const file = join(user, 'talks', 'briefing-en-handout.pdf');
    expect(result.stdout).toContain(file);
    expect(existsSync(join(process.cwd(), 'talks'))).toBe(false);
    expect((await pdfText(file)).toLowerCase()).toContain('handout');

    // Again: the file is replaced, and the output says so.
    const again = await handoutFrom(user, '--lang=en', '--out=talks/briefing-en-handout.pdf');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${file} exists and will be replaced.`);
    expect(again.stdout).toContain(`→ ${file} (replaced)`);
  });

  test('a read-only file is kept, and a name that is neither .pdf nor folder is refused, before rendering', async () => {
    const user = mkdtempSync(join(tmpdir(), 'handout-user-'));
    const locked = join(user, 'final.pdf');
    writeFileSync(locked, 'keep me');
    chmodSync(locked, 0o444);
    const result = await handoutFrom(user, '--lang', 'fr', '--out', 'final.pdf');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `npm run handout: cannot write to ${locked}: ${locked} exists and is read-only; it is left as it is`,
    );
    expect(result.stdout).not.toContain('Rendering');
    expect(readFileSync(locked, 'utf8')).toBe('keep me');
    chmodSync(locked, 0o644);

    const ambiguous = await handoutFrom(user, '--lang', 'fr', '--out', 'briefing-fr');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      '--out "briefing-fr" is neither a .pdf file nor a folder: write "briefing-fr.pdf" for one file, or "briefing-fr/" for a folder',
    );
    expect(readdirSync(user)).toEqual(['final.pdf']);
    expect(statSync(locked).size).toBe(7);
  });

  test('an unwritable destination fails clearly and leaves no file', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const target = join(blocker, 'inside', 'briefing.pdf');
    const result = await handout('--lang', 'en', '--layout', 'slides', '--out', target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `cannot write to ${target}: ${blocker} is a file, not a folder`,
    );
    expect(result.stdout).not.toContain('Rendering');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).some((name) => name.endsWith('.part'))).toBe(false);
  });
});
