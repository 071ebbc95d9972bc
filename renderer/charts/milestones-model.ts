import { decimalYear, formatMilestoneDate, MILESTONES, type MilestoneId } from '../data/events.ts';
import { FIGURES } from '../data/figures.ts';
import { formatNumber } from '../i18n/format.ts';
import { LABEL_FONT, linearScale, wrapWords, type ColumnAxis } from './chart-kit.ts';
import {
  TIMELINE_LABEL_CHARS,
  TIMELINE_LABEL_WIDTH,
  TIMELINE_MAX_LINES,
  type LabelSlot,
} from './timeline-layout.ts';
import type { ChartText, FrameModel } from './types.ts';

/** Height of one level of labels: the date and up to three lines. */
export const LEVEL_HEIGHT = 108;
export const LEVELS = 2;
/** Room under the axis for the year ticks. */
export const TICK_ROOM = 40;
const LINE_HEIGHT = Math.round(LABEL_FONT * 1.2);

export interface MilestonePoint {
  readonly id: MilestoneId;
  /** Its date as a fractional year, on the time axis. */
  readonly t: number;
  readonly y: number;
  readonly date: string;
  readonly label: string;
}

export interface MilestonesModel extends FrameModel {
  readonly points: readonly MilestonePoint[];
  readonly domain: readonly [number, number];
  /** A tick every four years from the first milestone's year. */
  readonly ticks: readonly number[];
}

/** The milestones 1992 → 2024 on a time axis. */
export function milestonesModel({ lang, t }: ChartText): MilestonesModel {
  const points = MILESTONES.map((m) => ({
    id: m.id,
    t: decimalYear(m.date, m.precision),
    y: 0,
    date: formatMilestoneDate(lang, m),
    label: t(`milestones.${m.id}.label`),
  }));
  const detail = (id: MilestoneId) =>
    t(`milestones.${id}.detail`, { members: formatNumber(lang, FIGURES.scoMembers2024.value) });
  const firstYear = Math.floor(points[0]?.t ?? 1992);
  const lastYear = Math.ceil(points[points.length - 1]?.t ?? 2024);
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear; y += 4) ticks.push(y);
  return {
    title: t('charts.milestones.title'),
    sources: ['public-records'],
    marks: points.length,
    points,
    domain: [firstYear - 0.6, lastYear + 0.4],
    ticks,
    table: {
      caption: t('charts.milestones.tableCaption'),
      head: [t('charts.milestones.date'), t('charts.milestones.event')],
      rows: points.map((p) => [p.date, detail(p.id)]),
    },
  };
}

export interface MilestoneLabelGeometry {
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** Left edge of the text; baselines of the date and of the label's first line. */
  readonly left: number;
  readonly dateY: number;
  readonly textY: number;
  /** The leader: up (or down) from the dot, then along the label's edge to its start. */
  readonly leader: {
    readonly x: number;
    readonly fromY: number;
    readonly edgeY: number;
    readonly x1: number;
    readonly x2: number;
  };
}

/**
 * A milestone label placed in its slot: labels above sit on their level's floor, labels
 * below hang from its ceiling, so each stays next to the axis whatever its number of lines.
 */
/** Half the width of a year under the axis ("2024" at the tick size), with a little air. */
const TICK_LABEL_HALF_WIDTH = 32;

/**
 * Where a label, its text lines and its leader go. A leader that hangs down to a label
 * below the axis would cross the year printed there (`tickXs`, the ticks' x positions):
 * such a leader starts under the year instead, as a line passing behind it.
 */
export function milestoneLabelGeometry(
  slot: LabelSlot,
  axisY: number,
  text: string,
  tickXs: readonly number[] = [],
): MilestoneLabelGeometry {
  const up = slot.side === 'above';
  const lines = wrapWords(text, TIMELINE_LABEL_CHARS).slice(0, TIMELINE_MAX_LINES);
  const blockHeight = (lines.length + 1) * LINE_HEIGHT;
  const levelOffset = slot.level * LEVEL_HEIGHT;
  const top = up ? axisY - 18 - levelOffset - blockHeight : axisY + TICK_ROOM + 6 + levelOffset;
  const left = slot.x - TIMELINE_LABEL_WIDTH / 2;
  const edgeY = up ? top + blockHeight + 4 : top - 2;
  return {
    lines,
    lineHeight: LINE_HEIGHT,
    left,
    dateY: top + LINE_HEIGHT - 5,
    textY: top + 2 * LINE_HEIGHT - 5,
    leader: {
      x: slot.anchorX,
      fromY: up
        ? axisY - 10
        : tickXs.some((tickX) => Math.abs(tickX - slot.anchorX) < TICK_LABEL_HALF_WIDTH)
          ? axisY + TICK_ROOM - 2
          : axisY + 10,
      edgeY,
      x1: Math.min(slot.anchorX, left),
      x2: Math.max(slot.anchorX, left + 32),
    },
  };
}

/*
 * The portrait design's timeline: time runs down a vertical axis, the years to its left and
 * every milestone to its right, its date in bold opening its label, in one column read top
 * to bottom. Labels
 * stay in time order; each sits as near its dot as the labels before and after it allow,
 * with a leader from the dot, so leaders never cross.
 */

/** The vertical axis's x; the years are right-aligned left of it. */
export const COLUMN_AXIS_X = 96;
/** Left edge of the labels. */
const COLUMN_LABEL_X = COLUMN_AXIS_X + 64;
/** Free space between two labels, and above the first and below the last. */
const COLUMN_GAP = 10;
const COLUMN_PAD = 16;

export interface ColumnLabel {
  readonly id: MilestoneId;
  readonly dotY: number;
  /** The label's left edge, its top, and the baseline of its first line. */
  readonly left: number;
  readonly top: number;
  readonly textY: number;
  /** The date, which opens the first line; then the rest of that line, then the others. */
  readonly date: string;
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** SVG path of the leader, from the dot to the label's date. */
  readonly leader: string;
}

export interface MilestonesColumn {
  readonly axis: ColumnAxis;
  readonly ticks: readonly { readonly year: number; readonly y: number }[];
  readonly labels: readonly ColumnLabel[];
}

/** Places the milestones of a model down a `width` × `height` drawing. Pure, so it is tested. */
export function milestonesColumn(
  model: Pick<MilestonesModel, 'points' | 'ticks' | 'domain'>,
  width: number,
  height: number,
): MilestonesColumn {
  const top = COLUMN_PAD;
  const bottom = height - COLUMN_PAD;
  const y = linearScale(model.domain, [top, bottom]);
  const chars = Math.max(12, Math.floor((width - COLUMN_LABEL_X) / (LABEL_FONT * 0.52)));
  const blocks = model.points.map((p) => {
    // The date never wraps: it is shorter than a line, and the words wrap after it.
    const lines = wrapWords(`${p.date} ${p.label}`, chars).slice(0, TIMELINE_MAX_LINES);
    lines[0] = (lines[0] ?? '').slice(p.date.length).trimStart();
    return { point: p, lines, height: lines.length * LINE_HEIGHT + 6 };
  });
  // Down the column: each label as near its dot as the one above allows ...
  const tops: number[] = [];
  let floor = 0;
  for (const block of blocks) {
    const wanted = y(block.point.t) - LINE_HEIGHT * 0.6;
    const at = Math.max(wanted, floor);
    tops.push(at);
    floor = at + block.height + COLUMN_GAP;
  }
  // ... then up from the bottom, so the last ones stay inside the drawing.
  let ceiling = height;
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (!block) continue;
    const at = Math.max(0, Math.min(tops[i] ?? 0, ceiling - block.height));
    tops[i] = at;
    ceiling = at - COLUMN_GAP;
  }
  const labels = blocks.map((block, i) => {
    const labelTop = tops[i] ?? 0;
    const dotY = y(block.point.t);
    const dateMid = labelTop + LINE_HEIGHT * 0.6;
    return {
      id: block.point.id,
      dotY,
      left: COLUMN_LABEL_X,
      top: labelTop,
      textY: labelTop + LINE_HEIGHT - 3,
      date: block.point.date,
      lines: block.lines,
      lineHeight: LINE_HEIGHT,
      leader:
        `M ${COLUMN_AXIS_X + 12} ${dotY} H ${COLUMN_AXIS_X + 24} ` +
        `L ${COLUMN_LABEL_X - 14} ${dateMid} H ${COLUMN_LABEL_X - 6}`,
    };
  });
  return {
    axis: { x: COLUMN_AXIS_X, top, bottom },
    ticks: model.ticks.map((year) => ({ year, y: y(year) })),
    labels,
  };
}
