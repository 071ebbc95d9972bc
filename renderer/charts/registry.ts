import type { ComponentType } from 'react';
import type { ChartId } from '../deck/types.ts';
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
 * Every chart of the deck by id. Each one renders a ChartFrame (<figure data-chart="id">)
 * at exactly the size it is given: no ResponsiveContainer, which draws nothing in print.
 */
export const CHARTS: Record<ChartId, ComponentType<ChartProps>> = {
  milestones: MilestonesChart,
  'trade-growth': TradeGrowthChart,
  'trade-reported': TradeReportedChart,
  'trade-share': TradeShareChart,
  investment: InvestmentChart,
  visits: VisitsChart,
  'sco-areas': ScoAreasChart,
  'lianyungang-route': LianyungangRouteChart,
};
