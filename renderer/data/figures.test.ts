import { describe, expect, it } from 'vitest';
import { DERIVED, KZ_REPORTED_TOTALS, kzReportedTotal } from './derived.ts';
import { MILESTONES, SUMMIT } from './events.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  FIGURES,
  KZ_PARTNER_SHARES_2023,
  VISIT_YEARS,
} from './figures.ts';
import { SCO_AREAS, SCO_GROUPS, scoAreasOf } from './sco-areas.ts';

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
