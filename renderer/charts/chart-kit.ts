import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import type { ChartId } from '../../core/ids.ts';

/*
 * Shared sizes, styles and small pure helpers of the charts. Sizes are design pixels on
 * the fixed 1920×1080 stage: ticks ≥ 20 px and labels ≥ 22 px stay legible from the back
 * of a room once the stage is scaled to the screen.
 */

/** Entry animation of every Recharts series (begin 0); ChartFrame waits for it to end. */
export const ANIMATION_MS = 700;

/**
 * A fixed id for every Recharts series (the `id` of each Bar, Pie and Scatter). Recharts keys
 * its module-wide selector caches by the series id and never drops an entry; the id it
 * generates otherwise (React's useId) is new at every mount, so a kiosk showing the same
 * chart for days grew those caches by a few entries a page turn. The id also lands in the
 * DOM (the series' group and clip path); each chart is drawn once per page in every mode,
 * which the accessibility e2e checks.
 */
export function seriesId(chart: ChartId, part = 'series'): string {
  return `${chart}-${part}`;
}

/** Recharts' entry animation for a series: straight away, ANIMATION_MS long, or none at all. */
export function entryAnimation(animate: boolean) {
  return { isAnimationActive: animate, animationBegin: 0, animationDuration: ANIMATION_MS };
}

export const TICK_FONT = 20;
export const LABEL_FONT = 22;
export const TITLE_FONT = 26;
export const CAPTION_FONT = 20;
/** Line height of the chart frame's heading and caption, and the gap between its parts. */
export const FRAME_LINE = 1.3;
export const FRAME_GAP = 8;

/** The text of axis ticks (Recharts' and the hand-drawn charts' alike). */
export const TICK_STYLE = {
  fontSize: TICK_FONT,
  fontFamily: FONT_FAMILY,
  fill: PALETTE.ink,
} as const;

/**
 * Every tick of an axis is shown (the models choose them). Any other interval has Recharts
 * measure each label in the DOM to drop the ones that would collide.
 */
export const EVERY_TICK = 0;

/**
 * The tick props of every Recharts axis whose labels are text in `style`: each tick shown, and
 * its label one line (`width: undefined`), never wrapped to the axis's width. Either the other
 * way has Recharts measure every label, or every word of it, in the DOM first: one forced layout
 * each (about 100 of them, 117 ms, in a handout's export).
 */
export function axisTicks(style: Readonly<Record<string, string | number>> = TICK_STYLE) {
  return { tick: { ...style, width: undefined }, interval: EVERY_TICK } as const;
}

/** The look of every category (year) axis: ink base line, no tick marks. */
export const CATEGORY_AXIS_PROPS = {
  ...axisTicks(),
  tickLine: false,
  axisLine: { stroke: PALETTE.ink },
  height: 36,
} as const;

/** The look of every value axis: numbers only, the grid lines carry the scale. */
export const VALUE_AXIS_PROPS = {
  type: 'number',
  ...axisTicks(),
  tickLine: false,
  axisLine: false,
} as const;

/** Tooltips write in the deck's font at label size. */
export const TOOLTIP_STYLE = { fontFamily: FONT_FAMILY, fontSize: LABEL_FONT } as const;

/** Text style for SVG labels (values on bars, annotations). */
export const LABEL_STYLE = {
  fontSize: LABEL_FONT,
  fontFamily: FONT_FAMILY,
  fill: PALETTE.ink,
} as const;

/**
 * Rough width of a line of text: Noto Sans averages a little over half an em per
 * character in Latin and Cyrillic. Used only to reserve room (lines of a caption or
 * title), never to place marks, so erring wide is fine.
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * 0.56;
}

/** How many lines `text` needs in `width` pixels, wrapping at spaces (at least 1). */
export function estimateLines(text: string, width: number, fontPx: number): number {
  if (width <= 0) return 1;
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let current = 0;
  const space = estimateTextWidth(' ', fontPx);
  for (const word of words) {
    const w = estimateTextWidth(word, fontPx);
    if (current === 0) {
      current = w;
    } else if (current + space + w <= width) {
      current += space + w;
    } else {
      lines += 1;
      current = w;
    }
    // A word wider than the line wraps by itself (the browser breaks it or overflows).
    while (current > width) {
      lines += 1;
      current -= width;
    }
  }
  return lines;
}

/** Splits text into lines of at most `maxChars` characters, at spaces (long words stay whole). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Log-scale extent for positive values: the powers of ten just below the smallest and
 * just above the largest, e.g. [0.37, 41] → { min: 0.1, max: 100, ticks: [0.1, 1, 10, 100] }.
 */
export function logExtent(values: readonly number[]): {
  min: number;
  max: number;
  ticks: number[];
} {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return { min: 1, max: 10, ticks: [1, 10] };
  const lo = Math.floor(Math.log10(Math.min(...positive)) + 1e-9);
  let hi = Math.ceil(Math.log10(Math.max(...positive)) - 1e-9);
  if (hi <= lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += 1) ticks.push(Number((10 ** e).toPrecision(12)));
  return { min: ticks[0] ?? 1, max: ticks[ticks.length - 1] ?? 10, ticks };
}

/**
 * Position of a value on a log axis drawn as a linear one, in decades above `min`
 * (log10(value / min)); 0 for values at or below `min`. Bars then grow from the axis
 * floor instead of from log(0), which does not exist.
 */
export function toLogPosition(value: number, min: number): number {
  if (!(value > min)) return 0;
  return Math.log10(value / min);
}

/** Inverse of toLogPosition, for tick labels. */
export function fromLogPosition(position: number, min: number): number {
  return Number((min * 10 ** position).toPrecision(12));
}

/** A "nice" upper bound for a linear axis starting at 0, and its ticks. */
export function linearExtent(max: number, tickCount = 5): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { max: Number(top.toPrecision(12)), ticks };
}

/** A time axis down a portrait column: its x and where it starts and ends. */
export interface ColumnAxis {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
}

/** Maps `domain` onto `range` in proportion (a time axis down a portrait column). */
export function linearScale(
  [from, to]: readonly [number, number],
  [start, end]: readonly [number, number],
): (value: number) => number {
  return (value) => start + ((value - from) / (to - from)) * (end - start);
}
