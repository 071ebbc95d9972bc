import { describe, expect, it } from 'vitest';
import { parseChartView, PLAIN_CHARTS, sameChartView, toggleChart } from './chart-view.ts';

describe('chart view', () => {
  it('toggles a chart in and out of a list', () => {
    const on = toggleChart(PLAIN_CHARTS, 'trade-growth', 'log');
    expect(on).toEqual({ log: ['trade-growth'], tables: [] });
    expect(toggleChart(on, 'trade-growth', 'log')).toEqual(PLAIN_CHARTS);
  });

  it('compares views whatever the order', () => {
    expect(
      sameChartView(
        { log: [], tables: ['trade-growth', 'trade-reported'] },
        { log: [], tables: ['trade-reported', 'trade-growth'] },
      ),
    ).toBe(true);
    expect(sameChartView(PLAIN_CHARTS, { log: ['investment'], tables: [] })).toBe(false);
  });

  it('accepts well-formed views and drops repeats', () => {
    expect(parseChartView({ log: ['trade-growth', 'trade-growth'], tables: [] })).toEqual({
      log: ['trade-growth'],
      tables: [],
    });
  });

  it.each([
    null,
    'log',
    { log: ['nope'], tables: [] },
    { log: [], tables: 'trade-growth' },
    { log: [] },
    { log: [1], tables: [] },
    { log: Array.from({ length: 40 }, () => 'trade-growth'), tables: [] },
  ])('rejects %j', (data) => {
    expect(parseChartView(data)).toBeNull();
  });
});
