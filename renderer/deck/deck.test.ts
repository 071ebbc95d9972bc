/**
 * The deck as one validated unit: the outline (core/outline.ts), the slides built from it,
 * the charts they draw and the words of every slide in every language, checked together.
 * Adding a slide (README, "Adding a slide") touches the outline, the locale files and, for a
 * chart, the dataset; this test says which of them is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, SLIDE_ID_PATTERN, SLIDE_IDS } from '../../core/ids.ts';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { OUTLINE } from '../../core/outline.ts';
import { CHARTS } from '../charts/all-charts.ts';
import { textValues } from '../data/dataset.ts';
import { flattenKeys, type TranslationTree } from '../i18n/resources.ts';
import { SLIDES } from './slides.ts';
import { chartsOf, type SlideDescriptor } from './types.ts';

function slideTexts(lang: string): Map<string, string> {
  const path = join(import.meta.dirname, '..', '..', 'locales', lang, 'slides.json');
  return flattenKeys(JSON.parse(readFileSync(path, 'utf8')) as TranslationTree);
}

function keysOf(slide: SlideDescriptor): string[] {
  const own = [slide.title, slide.lead, slide.notes];
  switch (slide.layout) {
    case 'chart':
      return slide.caveat ? [...own, slide.caveat] : own;
    case 'statement':
      return [...own, ...slide.points];
    case 'quote':
      return [...own, slide.quote];
    default:
      return own;
  }
}

describe('the deck', () => {
  it('has the outline’s slides, in its order, each id once and URL-safe', () => {
    expect(SLIDES.map((slide) => slide.id)).toEqual(OUTLINE.map((entry) => entry.id));
    expect(SLIDE_IDS).toEqual(SLIDES.map((slide) => slide.id));
    expect(new Set(SLIDE_IDS).size).toBe(SLIDE_IDS.length);
    for (const id of SLIDE_IDS) expect(id).toMatch(SLIDE_ID_PATTERN);
  });

  it('draws every chart on exactly one slide, each with a drawing', () => {
    const drawn = SLIDES.flatMap(chartsOf);
    expect([...drawn].sort()).toEqual([...CHART_IDS].sort());
    for (const id of drawn) expect(CHARTS[id], id).toBeDefined();
    for (const slide of SLIDES) {
      if (slide.layout === 'chart') expect(slide.charts.length, slide.id).toBeGreaterThan(0);
    }
  });

  it('keeps each slide in kiosk mode for a readable time', () => {
    for (const slide of SLIDES) expect(slide.dwell, slide.id).toBeGreaterThanOrEqual(5);
  });

  describe.each(LANGUAGE_CODES)('in %s', (lang) => {
    const texts = slideTexts(lang);
    const values = textValues(lang);

    it('has every word each slide shows, with every {{placeholder}} given a value', () => {
      for (const slide of SLIDES) {
        for (const key of keysOf(slide)) {
          const text = texts.get(key);
          expect(text?.trim(), `${lang}/slides.json: ${key}`).toBeTruthy();
          for (const [, name] of (text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            expect(values, `${lang}: ${key} uses {{${name}}}`).toHaveProperty(name ?? '');
          }
        }
      }
    });

    it('has no words for a slide that is not in the outline, nor one it does not show', () => {
      const shown = new Set(SLIDES.flatMap(keysOf));
      const unused = [...texts.keys()].filter((key) => !shown.has(key));
      expect(unused, `${lang}/slides.json keys no slide shows`).toEqual([]);
    });
  });
});
