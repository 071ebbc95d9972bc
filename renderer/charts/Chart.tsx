import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { CHART_IDS, type ChartId } from '../deck/types.ts';
import type { ChartProps } from './all-charts.ts';
import { loadCharts } from './load-charts.ts';

const LAZY_CHARTS = Object.fromEntries(
  CHART_IDS.map((id) => [id, lazy(() => loadCharts().then((charts) => ({ default: charts[id] })))]),
) as Record<ChartId, LazyExoticComponent<ComponentType<ChartProps>>>;

/**
 * One chart of the deck by id. Until the chart code has loaded, an empty figure of the same
 * size holds its place; it has no data-chart-drawn, so the deck is not counted as drawn.
 */
export function Chart({ id, width, height }: ChartProps & { readonly id: ChartId }) {
  const Loaded = LAZY_CHARTS[id];
  return (
    <Suspense
      fallback={<figure data-chart={id} aria-busy="true" style={{ width, height, margin: 0 }} />}
    >
      <Loaded width={width} height={height} />
    </Suspense>
  );
}
