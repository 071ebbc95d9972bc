import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { KZ_REPORTED_TOTALS } from '../renderer/data/derived.ts';
import { CHINA_REPORTED_TRADE } from '../renderer/data/figures.ts';
import { SOURCES } from '../renderer/data/sources.ts';
import { datasetNumbers } from '../renderer/data/testing/dataset-numbers.ts';
import { SLIDE_IDS } from '../core/ids.ts';
import { formatNumber, formatYear } from '../renderer/i18n/format.ts';
import { textOutsideSlides, waitForDeckReady } from './helpers.ts';

// The briefing as the audience sees it: every slide in every language, in print mode (all
// slides on one page, charts drawn without animation).
const LANGS = ['en', 'fr', 'kk'] as const;
const SOURCE_WORD = { en: /^Sources?:/, fr: /^Sources?\u00a0:/, kk: /^Дереккөз(дер)?:/ };

async function openPrint(page: Page, lang: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/?lang=${lang}&mode=print`);
  await waitForDeckReady(page);
}

/** The short name of a source as the language shows it (data.json, sources.items.<id>.name). */
function sourceName(lang: (typeof LANGS)[number], id: string): string {
  const file = join(import.meta.dirname, '..', 'locales', lang, 'data.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    sources: { items: Record<string, { name: string }> };
  };
  return data.sources.items[id]?.name ?? `(no name for ${id})`;
}

/** Parses a number as written in the language: 41.02 / 41,02 / 1 234,5 / 1,234.5. */
function parseLocalized(text: string, lang: string): number {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '');
  return Number(
    lang === 'en' ? clean.replace(/,/g, '') : clean.replace(/\./g, '').replace(',', '.'),
  );
}

for (const lang of LANGS) {
  test.describe(`${lang}: the thirteen slides`, () => {
    test('are all there, in outline order, with a title and no text overflowing', async ({
      page,
    }) => {
      await openPrint(page, lang);
      const ids = await page
        .locator('[data-slide-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-id')));
      expect(ids).toEqual([...SLIDE_IDS]);
      const problems = await page.locator('[data-slide-id]').evaluateAll(textOutsideSlides);
      expect(problems).toEqual([]);
    });

    test('draw every chart, each with its source in the caption and a data table', async ({
      page,
    }) => {
      await openPrint(page, lang);
      const figures = page.locator('figure[data-chart]');
      expect(await figures.count()).toBeGreaterThanOrEqual(8);
      for (const figure of await figures.all()) {
        await expect(figure).toHaveAttribute('data-chart-drawn', 'true');
        const marks = await figure
          .locator('svg')
          .evaluateAll((svgs) =>
            svgs.reduce((n, svg) => n + svg.querySelectorAll('rect, path, circle, line').length, 0),
          );
        expect(marks, (await figure.getAttribute('data-chart')) ?? '').toBeGreaterThan(3);
        await expect(figure.locator('figcaption')).toHaveText(SOURCE_WORD[lang]);
        // What a screen reader announces: column headers, and a header for every data row.
        expect(await figure.getByRole('columnheader').count()).toBeGreaterThan(1);
        expect(await figure.getByRole('rowheader').count()).toBeGreaterThan(0);
      }
    });

    test('show only numbers that are in the dataset', async ({ page }) => {
      await openPrint(page, lang);
      // Axis ticks are scale marks and the footer counts slides: neither is a figure.
      // Each text node separately, so that neighbouring cells never run together.
      const texts = await page.locator('[data-slide-id]').evaluateAll((slides) =>
        slides.flatMap((slide) => {
          const skip =
            '.slide__footer, .recharts-cartesian-axis, .recharts-cartesian-axis-tick-labels, [data-axis]';
          const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
          const out: { id: string | null; text: string }[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest(skip)) continue;
            out.push({ id: slide.getAttribute('data-slide-id'), text: node.textContent ?? '' });
          }
          return out;
        }),
      );
      const known = datasetNumbers();
      const isKnown = (n: number) => known.some((k) => Math.abs(k - n) < 1e-9);
      // Grouping is a comma in English, a no-break space in French and Kazakh (never a plain
      // space, which separates words).
      const numberPattern = lang === 'en' ? /\d+(?:[.,]\d+)*/g : /\d+(?:[\u00a0\u202f,]\d+)*/g;
      const unknown: string[] = [];
      for (const { id, text } of texts) {
        // Web addresses name sources; their digits are not figures.
        const words = text.replace(/\S*[a-z]\.[a-z]{2,}\/\S*/gi, ' ');
        for (const match of words.matchAll(numberPattern)) {
          const value = parseLocalized(match[0], lang);
          if (!isKnown(value)) unknown.push(`${id}: ${match[0]}`);
        }
      }
      expect(unknown).toEqual([]);
    });

    test('show Kazakhstan’s own trade figures in the trade-by-reporter table, each with its source', async ({
      page,
    }) => {
      await openPrint(page, lang);
      const table = page.locator('figure[data-chart="trade-reported"] table');
      const chinaYears = new Set(CHINA_REPORTED_TRADE.map((r) => r.year));
      const compared = KZ_REPORTED_TOTALS.filter((r) => chinaYears.has(r.year));
      expect(compared.map((r) => r.year)).toEqual([2018, 2022, 2023, 2024]);
      for (const r of compared) {
        const row = table.getByRole('row').filter({
          has: page.getByRole('rowheader', { name: formatYear(lang, r.year), exact: true }),
        });
        const cells = row.getByRole('cell');
        // Columns: China's figure, Kazakhstan's figure, the source of Kazakhstan's figure.
        await expect(cells.nth(1)).toContainText(formatNumber(lang, r.value, 1));
        await expect(cells.nth(2)).toHaveText(sourceName(lang, r.source));
      }
      // Each is drawn too, as its own hatched bar beside China's.
      const bars = page.locator('figure[data-chart="trade-reported"] [data-mark="kz-reported"]');
      await expect(bars).toHaveCount(compared.length);
    });

    test('list on the sources slide only sources that back a figure shown', async ({ page }) => {
      await openPrint(page, lang);
      const listed = await page
        .locator('[data-slide-id="sources"] li[data-source-id]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-source-id') ?? ''));
      expect(listed).toEqual(SOURCES.map((s) => s.id));
      // A figure is shown in a chart (its drawing and table) or in a cross-check note.
      const backing = await page
        .locator('figure[data-chart][data-sources], [data-cross-check][data-sources]')
        .evaluateAll((els) =>
          els.flatMap((el) => (el.getAttribute('data-sources') ?? '').split(' ')),
        );
      const unbacked = listed.filter((id) => !backing.includes(id));
      expect(unbacked).toEqual([]);
    });
  });
}
