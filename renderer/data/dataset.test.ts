import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n.ts';
import { LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import { DERIVED, KZ_REPORTED_TOTALS, kzReportedTotal } from './derived.ts';
import { MILESTONES, SUMMIT } from './events.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  FIGURES,
  figureList,
  KZ_PARTNER_SHARES_2023,
  VISIT_YEARS,
} from './figures.ts';
import { SCO_AREAS, SCO_GROUPS, scoAreasOf } from './sco-areas.ts';
import { CROSS_CHECKS, formatSourceDate, SOURCE_IDS, SOURCES, type Source } from './sources.ts';
import { datasetNumbers } from './testing/dataset-numbers.ts';
import { crossCheckValues, sourceTextValues, textValues } from './text-values.ts';
import { sourceUses, validateSources } from './validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FACTS = join(ROOT, '..', 'shared', 'briefing', 'FACTS.md');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [kk, vv] of leaves(v, path)) out.set(kk, vv);
  }
  return out;
}

function dataLocale(lang: string): Map<string, string> {
  return leaves(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'data.json'), 'utf8')) as Tree);
}

describe('the article’s figures (FACTS.md, source id "article")', () => {
  it('trade: about US$370 million in 1992, more than US$41 billion in 2023', () => {
    expect(FIGURES.trade1992).toMatchObject({ value: 0.37, unit: 'usd-bn', year: 1992 });
    expect(FIGURES.trade1992.value * 1000).toBeCloseTo(370);
    expect(FIGURES.trade2023).toMatchObject({ value: 41, unit: 'usd-bn', year: 2023 });
  });

  it('share 28.3 %, investment US$25.3 bn over 2005–2023, target US$40 bn for 2030', () => {
    expect(FIGURES.share2023).toMatchObject({ value: 28.3, unit: 'percent', year: 2023 });
    expect(FIGURES.investment).toMatchObject({ value: 25.3, unit: 'usd-bn', period: [2005, 2023] });
    expect(FIGURES.target2030).toMatchObject({ value: 40, unit: 'usd-bn', year: 2030 });
    for (const id of ['trade1992', 'trade2023', 'share2023', 'investment', 'target2030'] as const) {
      expect(FIGURES[id].source).toBe('article');
      expect(FIGURES[id].reportedBy).toBe('article');
    }
  });

  it('the summit is on 3–4 July 2024 and Xi Jinping’s visits are 2013, 2015, 2017, 2022, 2024', () => {
    expect(SUMMIT).toMatchObject({ start: '2024-07-03', end: '2024-07-04' });
    expect(VISIT_YEARS).toEqual([2013, 2015, 2017, 2022, 2024]);
    expect(DERIVED.visitCount).toBe(5);
  });

  it('names 16 SCO areas, each once, each in one group; the SCO has 10 members after 2024', () => {
    expect(SCO_AREAS).toHaveLength(16);
    expect(new Set(SCO_AREAS.map((a) => a.id)).size).toBe(16);
    expect(SCO_GROUPS.flatMap((g) => scoAreasOf(g))).toHaveLength(16);
    expect(DERIVED.scoAreaCount).toBe(16);
    expect(FIGURES.scoMembers2024.value).toBe(10);
  });
});

describe('derived figures', () => {
  it('growth 1992 → 2023 is about ×111, from the article and from China’s figures', () => {
    expect(Math.round(DERIVED.growthArticle)).toBe(111);
    expect(DERIVED.growthArticle).toBeGreaterThan(FIGURES.growthFloor.value);
    expect(Math.round(DERIVED.growthGacc)).toBe(111);
  });

  it('the 2030 target was passed 7 years early', () => {
    expect(FIGURES.trade2023.value).toBeGreaterThan(FIGURES.target2030.value);
    expect(DERIVED.yearsEarly).toBe(7);
  });

  it('Kazakhstan reports totals for 2015–2019 and 2022–2024, 2022 from its statistics bureau', () => {
    expect(KZ_REPORTED_TOTALS.map((r) => [r.year, r.value, r.source])).toEqual([
      [2015, 10.57, 'wits'],
      [2016, 7.88, 'wits'],
      [2017, 10.5, 'wits'],
      [2018, 11.69, 'wits'],
      [2019, 14.79, 'wits'],
      [2022, 24.2, 'kz-stat'],
      [2023, 31.53, 'wits'],
      [2024, 30.05, 'wits'],
    ]);
  });

  it('matches the cross-checks: 31.5 bn, 22.6 %, 29.4 %, a gap of about 10 bn a year', () => {
    expect(DERIVED.kzReported2023).toBeCloseTo(31.53, 2);
    expect(DERIVED.kzShareChina).toBeCloseTo(22.6, 1);
    expect(DERIVED.gaccShareOfKzTotal).toBeCloseTo(29.4, 1);
    expect(Math.round(DERIVED.meanReportingGap)).toBe(10);
  });
});

describe('cross-check figures (FACTS.md, "Cross-checks and other sources")', () => {
  it('China’s customs: 0.368 bn in 1992, 41.02 bn in 2023 (+32.2 %)', () => {
    expect(FIGURES.gacc1992).toMatchObject({ value: 0.368, reportedBy: 'china' });
    expect(FIGURES.gacc2023).toMatchObject({ value: 41.02, reportedBy: 'china' });
    expect(FIGURES.gaccGrowth2023.value).toBe(32.2);
  });

  it('China-reported series only for the years found', () => {
    expect(CHINA_REPORTED_TRADE.map((r) => [r.year, r.value])).toEqual([
      [1992, 0.368],
      [2008, 17.5],
      [2010, 20.4],
      [2013, 28.6],
      [2018, 19.88],
      [2021, 25.25],
      [2022, 31.2],
      [2023, 41.02],
      [2024, 43.82],
    ]);
  });

  it('Kazakhstan-reported: 31.5 bn in 2023, partner shares summing to 100 %', () => {
    expect(kzReportedTotal(2023)).toBe(31.53);
    expect(kzReportedTotal(2020)).toBeUndefined();
    expect(KZ_PARTNER_SHARES_2023.map((p) => [p.id, p.percent])).toEqual([
      ['china', 22.6],
      ['russia', 18.6],
      ['eu-uk', 28.5],
      ['rest', 30.4],
    ]);
    const sum = KZ_PARTNER_SHARES_2023.reduce((s, p) => s + p.percent, 0);
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.2);
  });

  it('yearly direct investment inflows: 1.4 bn in 2022, 1.81 bn in 2023', () => {
    expect(FDI_INFLOWS.map((r) => [r.year, r.value])).toEqual([
      [2022, 1.4],
      [2023, 1.81],
    ]);
  });
});

describe('milestones', () => {
  it('are 13 ISO dates from 1992 to 2024, in order, with a matching precision', () => {
    expect(MILESTONES).toHaveLength(13);
    expect(MILESTONES[0]).toMatchObject({ id: 'diplomatic-relations', date: '1992-01-03' });
    expect(MILESTONES.at(-1)).toMatchObject({ date: '2024-07-03', end: '2024-07-04' });
    for (const m of MILESTONES) {
      expect(m.date).toMatch(m.precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/);
      if (m.end) expect(m.end > m.date).toBe(true);
    }
    const dates = MILESTONES.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    expect(MILESTONES.find((m) => m.id === 'lianyungang-base')?.date).toBe('2014-05-19');
  });
});

describe('sources', () => {
  it('every figure, series point, milestone and note names a known source', () => {
    expect(validateSources()).toEqual([]);
    const known = new Set<string>(SOURCES.map((s) => s.id));
    for (const use of sourceUses()) expect(known, use.what).toContain(use.source);
    for (const note of CROSS_CHECKS) for (const s of note.sources) expect(known).toContain(s);
    expect(SOURCES.map((s) => s.id)).toEqual([...SOURCE_IDS]);
  });

  it('every figure has a plain description of what it measures', () => {
    for (const f of figureList()) expect(f.measures.length, f.id).toBeGreaterThan(10);
  });

  it('have their translated title, note, name and description in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      const texts = dataLocale(lang);
      for (const s of SOURCES) {
        expect(texts.get(s.name), `${lang}: ${s.name}`).toBeTruthy();
        expect(texts.get(s.description), `${lang}: ${s.description}`).toBeTruthy();
        expect(texts.get(s.title), `${lang}: ${s.title}`).toBeTruthy();
        if (s.note) expect(texts.get(s.note), `${lang}: ${s.note}`).toBeTruthy();
      }
      for (const note of CROSS_CHECKS) expect(texts.get(`crossChecks.${note.id}`)).toBeTruthy();
    }
  });
});

describe('source entries on the sources slide and the handout', () => {
  const i18n = Object.fromEntries(LANGUAGE_CODES.map((lang) => [lang, createI18n(lang)]));

  /** What an entry shows in `lang`, as plain text: title · date · note (addresses excluded). */
  function entryText(lang: Language, s: Source): string {
    const { t } = i18n[lang] ?? createI18n(lang);
    const values = sourceTextValues(lang);
    const parts = [
      t(s.title, { ns: 'data', ...values }),
      formatSourceDate(lang, s),
      s.note && t(s.note, { ns: 'data', ...values }),
    ];
    return parts.filter((p) => p !== undefined && p !== '').join(' · ');
  }

  // Names of publications and bodies stay as published; they are not English to translate.
  const PROPER_NAMES = [
    'The Astana Times',
    'China Daily',
    'News Central Asia',
    'UN Comtrade',
    'WITS',
    'Newsline',
    'Kazinform',
    'Interfax',
  ];

  // Common English words of source references. Left out on purpose: "via" (also French),
  // "on", "as", "public", "article", "commerce", "million" (French words too).
  const ENGLISH = new RegExp(
    `\\b(${[
      'the',
      'of',
      'and',
      'with',
      'from',
      'published',
      'copy',
      'mirror',
      'each',
      'by',
      'report',
      'press',
      'customs',
      'data',
      'ministry',
      'prime',
      'minister',
      'president',
      'public records',
      'public source',
      'records',
      'quoted',
      'officials',
      'according',
      'last year',
      'chinese',
      'diplomatic',
      'anniversary',
      'bln',
      'bn',
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ].join('|')})\\b`,
    'i',
  );

  function englishIn(text: string): string | undefined {
    const rest = PROPER_NAMES.reduce((acc, name) => acc.replaceAll(name, ' '), text);
    return ENGLISH.exec(rest)?.[0];
  }

  it('the stop-list catches the English entries (so the check below is not vacuous)', () => {
    const caught = SOURCES.filter((s) => englishIn(entryText('en', s)) !== undefined);
    expect(caught.length).toBeGreaterThan(SOURCES.length / 2);
    expect(englishIn('Xi Jinping: “USD 25 bln last year”')).toBeDefined();
    expect(englishIn('mirror copy, 2022')).toBeDefined();
  });

  it('show no English in French or Kazakh: title, date and note are translated', () => {
    for (const lang of ['fr', 'kk'] as const) {
      for (const s of SOURCES) {
        const text = entryText(lang, s);
        expect(englishIn(text), `${lang} ${s.id}: ${text}`).toBeUndefined();
        expect(text, `${lang} ${s.id}: untranslated key`).not.toMatch(/sources\.items\./);
        expect(text, `${lang} ${s.id}: unfilled placeholder`).not.toMatch(/\{\{/);
      }
    }
  });

  it('show Kazakh in every Kazakh entry (Cyrillic in its title, date or note)', () => {
    for (const s of SOURCES) {
      expect(entryText('kk', s), s.id).toMatch(/[а-яәғқңөұүһі]/i);
    }
  });

  it('format every publication date in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const s of SOURCES) {
        if (!s.published && !s.publishedRange) continue;
        let text: string | undefined;
        expect(() => (text = formatSourceDate(lang, s)), `${lang} ${s.id}`).not.toThrow();
        expect(text?.trim(), `${lang} ${s.id}`).toBeTruthy();
        const year = s.published ? s.published.iso.slice(0, 4) : String(s.publishedRange?.[0]);
        expect(text, `${lang} ${s.id}`).toContain(year);
        expect(text, `${lang} ${s.id}`).not.toMatch(/Invalid|NaN|M\d\d/);
      }
    }
    const chinaDaily = SOURCES.find((s) => s.id === 'chinadaily-2010');
    expect(chinaDaily && formatSourceDate('fr', chinaDaily)).toBe('13 juin 2011');
    const nbk = SOURCES.find((s) => s.id === 'nbk');
    expect(nbk && formatSourceDate('kk', nbk)).toBe('2022–2023');
  });

  it('keep addresses bare (no scheme, no spaces) and out of the translations', () => {
    for (const s of SOURCES) {
      for (const url of [s.url, s.alsoAt]) {
        if (url) expect(url, s.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
      }
    }
  });

  it('fill every placeholder of the source titles and notes, amounts through Intl', () => {
    for (const lang of LANGUAGE_CODES) {
      const values: Record<string, string> = { ...sourceTextValues(lang) };
      for (const [key, text] of dataLocale(lang)) {
        if (!/^sources\.items\.[^.]+\.(title|note)$/.test(key)) continue;
        for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) {
          expect(values[name ?? ''], `${lang} ${key}: {{${name}}}`).toBeTruthy();
        }
      }
    }
    expect(sourceTextValues('en')).toEqual({ anniversary: '30', xiAmount: 'US$25bn' });
    expect(sourceTextValues('fr').xiAmount).toBe('25\u00a0milliards de dollars');
  });
});

describe('text values', () => {
  /** The {{names}} the slide texts and notes of `lang` use (locales/<lang>/slides.json). */
  function slideTextNames(lang: string): string[] {
    const text = readFileSync(join(ROOT, 'locales', lang, 'slides.json'), 'utf8');
    return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
  }

  it('has exactly the names the slide texts use, none empty, in every language', () => {
    for (const lang of LANGUAGE_CODES) {
      const values = textValues(lang);
      expect(slideTextNames(lang).length, lang).toBeGreaterThan(10);
      expect(Object.keys(values).sort(), lang).toEqual(slideTextNames(lang).sort());
      for (const v of Object.values(values)) expect(v.trim()).not.toBe('');
    }
  });

  it('formats each figure for its language', () => {
    const en = textValues('en');
    expect(en.share).toBe('28.3%');
    expect(en.trade2023).toBe('US$41bn');
    expect(en.trade1992).toBe('US$370m');
    expect(en.gacc2023).toBe('US$41.02bn');
    expect(en.growthFactor).toBe('111');
    expect(en.yearsEarly).toBe('seven');
    expect(en.gap).toBe('US$10bn');
    expect(en.visitCount).toBe('5');
    expect(en.scoAreas).toBe('16');
    expect(en.scoMembers).toBe('10');
    expect(en.summitDates).toMatch(/^3\s?–\s?4 July 2024$/);
    const fr = textValues('fr');
    expect(fr.share).toMatch(/^28,3[\u00a0\u202f]%$/);
    expect(fr.investment).toContain('25,3');
    expect(fr.summitDates).toContain('juillet 2024');
    // Running text writes amounts as the article does; charts keep the compact form.
    expect(fr.trade2023).toBe('41\u00a0milliards de dollars');
    expect(fr.trade1992).toBe('370\u00a0millions de dollars');
    expect(fr.inflow2023).toBe('1,81\u00a0milliard de dollars');
    expect(fr.yearsEarly).toBe('sept');
    const kk = textValues('kk');
    expect(kk.kzShareChina).toContain('22,6');
    expect(kk.inflow2023).toBe('1,81\u00a0млрд\u00a0доллар');
    expect(kk.target2030).toBe('40\u00a0млрд\u00a0доллар');
    expect(kk.yearsEarly).toBe('7');
    expect(kk.summitDates).toBe('2024 жылғы 3–4 шілде');
  });

  it('fill every placeholder of the cross-check notes', () => {
    for (const lang of LANGUAGE_CODES) {
      const values: Record<string, string> = { ...crossCheckValues(lang) };
      for (const [key, text] of dataLocale(lang)) {
        if (!key.startsWith('crossChecks.')) continue;
        for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) {
          expect(values[name ?? ''], `${lang} ${key}: {{${name}}}`).toBeTruthy();
        }
      }
    }
  });
});

describe('datasetNumbers', () => {
  it('contains every number the deck shows, also as displayed', () => {
    const numbers = new Set(datasetNumbers());
    for (const n of [
      0.37, 370, 0.368, 368, 41, 41.02, 28.3, 25.3, 40, 2030, 2005, 2023, 1992, 111, 7, 16, 10, 5,
      2013, 2015, 2017, 2022, 2024, 31.5, 22.6, 29.4, 1.4, 1.81, 32.2, 24, 3, 4, 19, 2014, 17,
    ]) {
      expect(numbers, String(n)).toContain(n);
    }
  });

  it('is sorted and finite', () => {
    const list = datasetNumbers();
    expect(list.every(Number.isFinite)).toBe(true);
    expect([...list].sort((a, b) => a - b)).toEqual(list);
  });
});

describe('locales/*/data.json', () => {
  it('has the same keys in every language and no empty value', () => {
    const en = [...dataLocale('en').keys()].sort();
    for (const lang of LANGUAGE_CODES) {
      const texts = dataLocale(lang);
      expect([...texts.keys()].sort()).toEqual(en);
      for (const [key, value] of texts) {
        if (key !== 'frame.listSeparator') expect(value.trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('writes no amounts in digits: numbers come from the dataset (years are fine)', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const [key, value] of dataLocale(lang)) {
        for (const [digits] of value.matchAll(/\d+(?:[.,]\d+)?/g)) {
          const year = Number(digits);
          expect(
            Number.isInteger(year) && year >= 1990 && year <= 2035,
            `${lang} ${key}: ${digits}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe.skipIf(!existsSync(FACTS))('shared/briefing/FACTS.md', () => {
  const facts = existsSync(FACTS) ? readFileSync(FACTS, 'utf8') : '';

  it('states the figures the dataset holds', () => {
    for (const text of [
      'US$370 million in 1992',
      'US$41 billion',
      '28.3%',
      'US$25.3 billion',
      'US$40 billion target',
      '2013, 2015, 2017 and 2022',
      'US$41.02 bn',
      'US$368 million',
      '41 / 0.37 ≈ 111×',
      '7 years early',
      '22.6%',
      'US$1.81 bn',
    ]) {
      expect(facts, text).toContain(text);
    }
  });
});
