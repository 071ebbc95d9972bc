import { useEffect, useState } from 'react';
import type { ChartId } from '../../core/ids.ts';
import type { ChartProps, ChartRegistry } from './types.ts';
import { loadCharts, loadedCharts } from './load-charts.ts';

/**
 * One chart of the deck by id. Until the chart code has loaded, an empty figure of the same
 * size holds its place; it has no data-chart-drawn, so the deck is not counted as drawn. Not
 * React.lazy: Suspense holds a resolved boundary back for up to 300 ms to batch reveals,
 * which every PDF export would wait for.
 */
export function Chart({ id, width, height }: ChartProps & { readonly id: ChartId }) {
  const [charts, setCharts] = useState<ChartRegistry | undefined>(loadedCharts);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (charts) return undefined;
    let current = true;
    loadCharts().then(
      (loaded) => current && setCharts(loaded),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [charts]);
  // The slide's error boundary shows the failure in the reader's language.
  if (failure !== undefined) throw failure;
  if (!charts) {
    return <figure data-chart={id} aria-busy="true" style={{ width, height, margin: 0 }} />;
  }
  const Drawing = charts[id];
  return <Drawing width={width} height={height} />;
}
