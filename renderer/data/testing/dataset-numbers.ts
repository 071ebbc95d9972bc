import { DERIVED, round } from '../derived.ts';
import { CROSS_CHECK_DATES, isoParts, MILESTONES } from '../events.ts';
import {
  CHINA_REPORTED_TRADE,
  FDI_INFLOWS,
  FIGURES,
  figureList,
  KZ_PARTNER_SHARES_2023,
  KZ_REPORTED_TRADE,
  VISIT_YEARS,
  type Unit,
} from '../figures.ts';
import { SCO_GROUPS, scoAreasOf } from '../sco-areas.ts';
import { SOURCES } from '../sources.ts';

// Test support, not product code: the unit tests and the content e2e import it, the app never.

/**
 * Every number the deck may show: values (also as displayed, rounded, and in millions
 * where the deck shows millions), years, periods, date parts, counts and derived figures.
 * A test scans the slide texts for numbers that are not in this list.
 */
export function datasetNumbers(): readonly number[] {
  const out = new Set<number>();
  const addValue = (v: number, unit: Unit = 'usd-bn') => {
    if (!Number.isFinite(v)) return;
    out.add(v);
    out.add(round(v, 1));
    out.add(round(v, 2));
    out.add(Math.round(v));
    if (unit === 'usd-bn' && v < 1) out.add(round(v * 1000, 0));
  };
  for (const f of figureList()) {
    addValue(f.value, f.unit);
    if ('year' in f && f.year !== undefined) out.add(f.year);
    if ('period' in f && f.period) f.period.forEach((y) => out.add(y));
  }
  for (const r of CHINA_REPORTED_TRADE) {
    out.add(r.year);
    addValue(r.value);
  }
  for (const r of KZ_REPORTED_TRADE) {
    out.add(r.year);
    addValue(r.exports);
    addValue(r.imports);
    addValue(r.exports + r.imports);
  }
  for (const p of KZ_PARTNER_SHARES_2023) addValue(p.percent, 'percent');
  for (const r of FDI_INFLOWS) {
    out.add(r.year);
    addValue(r.value);
  }
  VISIT_YEARS.forEach((y, i) => {
    out.add(y);
    out.add(i + 1);
  });
  for (const m of MILESTONES) {
    for (const iso of [m.date, m.end].filter((d): d is string => d !== undefined)) {
      const { year, day } = isoParts(iso);
      out.add(year);
      if (m.precision === 'day') out.add(day);
    }
  }
  // Dates named in the cross-check notes (target proposed in Xi'an; the officials' statements).
  for (const { date, precision } of Object.values(CROSS_CHECK_DATES)) {
    const { year, day } = isoParts(date);
    out.add(year);
    if (precision === 'day') out.add(day);
  }
  // Publication dates on the sources slide, and the numbers in the source texts.
  for (const source of SOURCES) {
    if (source.published) {
      const { year, day } = isoParts(source.published.iso);
      out.add(year);
      if (source.published.precision === 'day') out.add(day);
    }
    source.publishedRange?.forEach((y) => out.add(y));
  }
  for (const d of Object.values(DERIVED)) addValue(d, 'count');
  addValue(FIGURES.trade1992.value * 1000, 'count');
  for (const g of SCO_GROUPS) out.add(scoAreasOf(g).length);
  return [...out].sort((a, b) => a - b);
}
