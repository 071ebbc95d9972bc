import type { ComponentType } from 'react';
import type { ChartId } from '../../core/ids.ts';
import { InvestmentChart } from './InvestmentChart.tsx';
import { LianyungangRouteChart } from './LianyungangRouteChart.tsx';
import { MilestonesChart } from './MilestonesChart.tsx';
import { ScoAreasChart } from './ScoAreasChart.tsx';
import { TradeGrowthChart } from './TradeGrowthChart.tsx';
import { TradeReportedChart } from './TradeReportedChart.tsx';
import { TradeShareChart } from './TradeShareChart.tsx';
import { VisitsChart } from './VisitsChart.tsx';

/** Size of a chart slot in design pixels (the 1920×1080 stage, before CSS scaling). */
export interface ChartProps {
  readonly width: number;
  readonly height: number;
}

/**
 * Every chart of the deck by id, with Recharts: the chart bundle, which the app loads after
 * its first paint (load-charts.ts) rather than in its own script. Each one renders a ChartFrame (<figure data-chart="id">)
 * at exactly the size it is given: no ResponsiveContainer, which draws nothing in print.
 */
export type ChartRegistry = Record<ChartId, ComponentType<ChartProps>>;

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
