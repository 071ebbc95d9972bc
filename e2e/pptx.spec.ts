import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { SLIDE_IDS } from '../core/ids.ts';
import { KZ_REPORTED_TOTALS } from '../renderer/data/derived.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  FIGURES,
  KZ_PARTNER_SHARES_2023,
} from '../renderer/data/figures.ts';
import { runScript } from './run-script.ts';

// `npm run handout -- --format pptx` end to end: the decks read back as the zip files they
// are, then opened by LibreOffice, the client at hand that reads PowerPoint files.
const run = promisify(execFile);
const LANGS = ['en', 'fr', 'kk'] as const;
type Lang = (typeof LANGS)[number];

/** The parts of a .pptx whose names match `pattern`, as text, in slide order. */
async function parts(zip: JSZip, pattern: RegExp): Promise<string[]> {
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);
  names.sort((a, b) => number(a) - number(b));
  return Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
}

/** The text of a part's runs (`<a:t>`), XML entities decoded. */
function runText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    .join(' ');
}

/** Each series' cached values in a chart part (empty cells as null). */
function cachedSeries(chartXml: string): (number | null)[][] {
  return [...chartXml.matchAll(/<c:val>(.*?)<\/c:val>/gs)].map((val) =>
    [...(val[1] ?? '').matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((pt) =>
      pt[1] === '' ? null : Number(pt[1]),
    ),
  );
}

/** The series the dataset gives each native chart, in any order the deck puts them. */
const DATASET_SERIES: readonly (readonly (number | null)[])[] = [
  [FIGURES.trade1992.value, FIGURES.trade2023.value, FIGURES.target2030.value],
  CHINA_REPORTED_TRADE.map((r) => r.value),
  CHINA_REPORTED_TRADE.map((r) => KZ_REPORTED_TOTALS.find((k) => k.year === r.year)?.value ?? null),
  [FIGURES.share2023.value, 100 - FIGURES.share2023.value],
  KZ_PARTNER_SHARES_2023.map((p) => p.percent),
  FDI_INFLOWS.map((r) => r.value),
];

function slideTitles(lang: Lang): string[] {
  const slides = JSON.parse(readFileSync(`locales/${lang}/slides.json`, 'utf8')) as Record<
    string,
    { title: string }
  >;
  return SLIDE_IDS.map((id) => slides[id]?.title ?? id);
}

/** Text as compared: every run of white space (narrow and non-breaking ones too) one space. */
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.describe('npm run handout -- --format pptx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pptx-'));
  const file = (lang: Lang) => join(dir, `briefing-${lang}.pptx`);

  test('three decks: 13 slides with notes, native charts holding the dataset, Kazakh text', async () => {
    const result = await runScript('scripts/handout.ts', process.cwd(), [
      '--format',
      'pptx',
      '--lang',
      'all',
      '--out',
      `${dir}/`,
    ]);
    expect(result.code, result.stderr).toBe(0);
    for (const lang of LANGS) {
      expect(result.stdout).toContain(file(lang));
      const zip = await JSZip.loadAsync(readFileSync(file(lang)));
      const slides = await parts(zip, /^ppt\/slides\/slide\d+\.xml$/);
      expect(slides).toHaveLength(SLIDE_IDS.length);
      // Every slide is made of shapes and text, never one picture standing for the slide.
      for (const slide of slides) {
        expect(slide).not.toContain('<p:pic>');
        expect(slide.split('<p:sp>').length - 1).toBeGreaterThan(3);
      }
      const titles = slideTitles(lang);
      slides.forEach((slide, i) =>
        expect(squeeze(runText(slide))).toContain(squeeze(titles[i] ?? '')),
      );

      const notes = await parts(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
      expect(notes).toHaveLength(SLIDE_IDS.length);
      for (const note of notes) expect(runText(note).length).toBeGreaterThan(40);

      // Native charts: their cached values are the dataset's numbers, each series one of them.
      const charts = await parts(zip, /^ppt\/charts\/chart\d+\.xml$/);
      expect(charts.length).toBe(5);
      const series = charts.flatMap(cachedSeries);
      expect(series).toHaveLength(DATASET_SERIES.length);
      for (const values of DATASET_SERIES) expect(series).toContainEqual(values);
      // "Edit data" opens a workbook per chart, its years and values in the sheet.
      const sheets = Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n));
      expect(sheets).toHaveLength(charts.length);

      // As the PDF's: titled by the first slide's heading.
      const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
      expect(core).toContain(`<dc:title>${titles[0]}</dc:title>`);
      expect(core).toContain(`<dc:subject>Slides (${lang})</dc:subject>`);
      expect(core).toMatch(/<dc:creator>\S/);

      const runLangs = new Set(
        slides.flatMap((s) => [...s.matchAll(/<a:rPr lang="([^"]+)"/g)].map((m) => m[1])),
      );
      expect([...runLangs]).toEqual([{ en: 'en-GB', fr: 'fr-FR', kk: 'kk-KZ' }[lang]]);
    }
    const kazakh = await JSZip.loadAsync(readFileSync(file('kk')));
    const kkText = (await parts(kazakh, /^ppt\/slides\/slide\d+\.xml$/)).map(runText).join(' ');
    expect(kkText).toMatch(/[әғқңөұүһі]/);
    expect(kkText).toContain('Си Цзиньпин');
  });

  test('LibreOffice opens each deck: one page per slide, every title in its text', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    // One soffice run for the three decks: starting LibreOffice costs more than converting.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...LANGS.map(file),
      ],
      { timeout: 100_000 },
    );
    for (const lang of LANGS) {
      const pdf = join(dir, `briefing-${lang}.pdf`);
      const { stdout: info } = await run('pdfinfo', [pdf]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(SLIDE_IDS.length);
      const text = squeeze((await run('pdftotext', [pdf, '-'])).stdout);
      for (const title of slideTitles(lang)) expect(text).toContain(squeeze(title));
    }
  });
});
