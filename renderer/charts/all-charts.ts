import { InvestmentChart } from './InvestmentChart.tsx';
import { LianyungangRouteChart } from './LianyungangRouteChart.tsx';
import { MilestonesChart } from './MilestonesChart.tsx';
import { ScoAreasChart } from './ScoAreasChart.tsx';
import { TradeGrowthChart } from './TradeGrowthChart.tsx';
import { TradeReportedChart } from './TradeReportedChart.tsx';
import { TradeShareChart } from './TradeShareChart.tsx';
import { VisitsChart } from './VisitsChart.tsx';
import type { ChartRegistry } from './types.ts';

/**
 * Every chart of the deck by id: the entry point of the chart bundle, which is built as a
 * second script of its own (chart-bundle.ts) and loaded after the app's first paint
 * (load-charts.ts). Each one renders a ChartFrame (<figure data-chart="id">) at exactly the
 * size it is given: no ResponsiveContainer, which draws nothing in print.
 */
export const CHARTS: ChartRegistry = {
  milestones: MilestonesChart,
  'trade-growth': TradeGrowthChart,
  'trade-reported': TradeReportedChart,
  'trade-share': TradeShareChart,
  investment: InvestmentChart,
  visits: VisitsChart,
  'sco-areas': ScoAreasChart,
  'lianyungang-route': LianyungangRouteChart,
};
