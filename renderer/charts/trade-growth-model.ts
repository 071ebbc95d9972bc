import { DERIVED } from '../data/derived.ts';
import { FIGURES } from '../data/figures.ts';
import { formatBn } from '../data/format-bn.ts';
import { formatFactor, formatYear } from '../i18n/format.ts';
import {
  fromLogPosition,
  LABEL_FONT,
  linearExtent,
  logExtent,
  toLogPosition,
  wrapWords,
} from './chart-kit.ts';
import type { ChartText, FrameModel } from './types.ts';

export interface GrowthRow {
  readonly key: 'y1992' | 'y2023' | 'target';
  readonly year: number;
  readonly value: number;
  readonly isTarget: boolean;
  /** Bar height on the axis in use: the value (linear) or decades above the floor (log). */
  readonly plotted: number;
}

export interface TradeGrowthModel extends FrameModel {
  readonly rows: readonly GrowthRow[];
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  /** An axis position's label (log positions are turned back into amounts). */
  readonly tickLabel: (position: number) => string;
  /** A value as written on its bar, in the tooltip and in the table. */
  readonly valueLabel: (bn: number) => string;
  /** The category's name in the tooltip: the year, or "2030 target". */
  readonly categoryLabel: (row: GrowthRow) => string;
  readonly growthLabel: string;
}

/** The article's 1992 and 2023 trade and the 2030 target, on a linear or a log axis. */
export function tradeGrowthModel({ lang, t }: ChartText, log: boolean): TradeGrowthModel {
  const base = [
    { key: 'y1992', year: FIGURES.trade1992.year, value: FIGURES.trade1992.value, isTarget: false },
    { key: 'y2023', year: FIGURES.trade2023.year, value: FIGURES.trade2023.value, isTarget: false },
    {
      key: 'target',
      year: FIGURES.target2030.year,
      value: FIGURES.target2030.value,
      isTarget: true,
    },
  ] as const;
  const values = base.map((r) => r.value);
  const logAxis = logExtent(values);
  const linAxis = linearExtent(Math.max(...values));
  const rows: GrowthRow[] = base.map((r) => ({
    ...r,
    plotted: log ? toLogPosition(r.value, logAxis.min) : r.value,
  }));
  const valueLabel = (bn: number) => formatBn(lang, bn, bn < 1 ? 2 : 1);
  return {
    title: t('charts.trade-growth.title'),
    sources: ['article'],
    marks: rows.length,
    rows,
    domain: log ? [0, toLogPosition(logAxis.max, logAxis.min)] : [0, linAxis.max],
    ticks: log ? logAxis.ticks.map((v) => toLogPosition(v, logAxis.min)) : linAxis.ticks,
    tickLabel: (p) => valueLabel(log ? fromLogPosition(p, logAxis.min) : p),
    valueLabel,
    categoryLabel: (r) =>
      r.isTarget
        ? t('charts.trade-growth.targetLabel', { year: formatYear(lang, r.year) })
        : formatYear(lang, r.year),
    growthLabel: t('charts.trade-growth.growthLabel', {
      growth: formatFactor(lang, DERIVED.growthArticle),
      from: formatYear(lang, FIGURES.trade1992.year),
    }),
    table: {
      caption: t('charts.trade-growth.tableCaption'),
      head: [
        t('charts.trade-growth.year'),
        t('charts.trade-growth.kind'),
        t('charts.trade-growth.value'),
      ],
      rows: rows.map((r) => [
        formatYear(lang, r.year),
        r.isTarget ? t('charts.trade-growth.targetRow') : t('charts.trade-growth.actual'),
        valueLabel(r.value),
      ]),
    },
  };
}

/** Where the 1992 and 2023 bars are on screen, from the chart's scales. */
export interface ArrowAnchors {
  /** Centre and left edge of the 1992 band; left edge of the 2023 band. */
  readonly fromCentre: number;
  readonly fromBandStart: number;
  readonly toBandStart: number;
  /** Tops of the 1992 and 2023 bars. */
  readonly fromTop: number;
  readonly toTop: number;
}

export interface GrowthArrowGeometry {
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Centre of the label and the baseline of its first line. */
  readonly labelX: number;
  readonly labelY: number;
  /** The arrow, a quadratic curve from under the label to the top of the 2023 bar. */
  readonly path: string;
}

/**
 * The growth factor, written above the 1992 bar, with an arrow from it to the top of the
 * 2023 bar: the label is wrapped to the 1992 band and sits halfway between the 1992 value
 * label and the top of the 2023 bar.
 */
export function growthArrowGeometry(label: string, a: ArrowAnchors): GrowthArrowGeometry {
  const bottom = a.fromTop - 44;
  const band = 2 * (a.fromCentre - a.fromBandStart);
  const fontSize = LABEL_FONT + 4;
  const lines = wrapWords(label, Math.max(6, Math.floor(band / (fontSize * 0.6))));
  const lineHeight = Math.round(fontSize * 1.15);
  const blockHeight = lines.length * lineHeight;
  const labelY = Math.max(a.toTop + 40, (a.toTop + bottom) / 2 - blockHeight / 2 + 20);
  const sx = a.fromCentre + 20;
  const sy = labelY - fontSize;
  const ex = a.toBandStart - 10;
  const ey = a.toTop + 16;
  return {
    lines,
    fontSize,
    lineHeight,
    labelX: a.fromCentre,
    labelY,
    path: `M ${sx} ${sy} Q ${sx} ${ey} ${ex} ${ey}`,
  };
}
