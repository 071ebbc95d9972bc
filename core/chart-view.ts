import { CHART_IDS, type ChartId } from './ids.ts';

/**
 * How the charts of the shown slide are viewed: which use a logarithmic scale and which show
 * their data table. Part of the deck's state, so the presenter console's toggles reach the
 * audience windows like the slide does, and a new slide starts with every chart drawn plainly.
 */
export interface ChartView {
  readonly log: readonly ChartId[];
  readonly tables: readonly ChartId[];
}

export type ChartToggle = keyof ChartView;

export const PLAIN_CHARTS: ChartView = { log: [], tables: [] };

export function toggleChart(view: ChartView, chart: ChartId, toggle: ChartToggle): ChartView {
  const list = view[toggle];
  const next = list.includes(chart) ? list.filter((c) => c !== chart) : [...list, chart];
  return { ...view, [toggle]: next };
}

export function sameChartView(a: ChartView, b: ChartView): boolean {
  const same = (x: readonly ChartId[], y: readonly ChartId[]) =>
    x.length === y.length && x.every((c) => y.includes(c));
  return same(a.log, b.log) && same(a.tables, b.tables);
}

const KNOWN: ReadonlySet<string> = new Set(CHART_IDS);

function chartIds(value: unknown): ChartId[] | null {
  if (!Array.isArray(value) || value.length > CHART_IDS.length) return null;
  const ids: ChartId[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || !KNOWN.has(item)) return null;
    if (!ids.includes(item as ChartId)) ids.push(item as ChartId);
  }
  return ids;
}

/** A chart view received from another window or process, checked; null when malformed. */
export function parseChartView(data: unknown): ChartView | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const log = chartIds(record.log);
  const tables = chartIds(record.tables);
  return log && tables ? { log, tables } : null;
}
