import { FIGURES, VISIT_YEARS, VISITS_SOURCE } from '../data/figures.ts';
import { formatNumber, formatYear } from '../i18n/format.ts';
import { LABEL_FONT, linearScale, wrapWords, type ColumnAxis } from './chart-kit.ts';
import type { ChartText, FrameModel } from './types.ts';

/** The year of the visit during which the Silk Road Economic Belt was announced (milestones). */
const BELT_YEAR = 2013;

/** Height of the circles in the plot (0 = axis, 1 = top), leaving room for notes above. */
export const CIRCLE_Y = 0.45;

export interface Visit {
  readonly year: number;
  /** Its number in order, written in the circle. */
  readonly n: number;
  readonly y: number;
  /** The latest visit is drawn larger, in vermilion. */
  readonly latest: boolean;
  /** What the visit is remembered for, wrapped to lines (none for most). */
  readonly note: readonly string[];
}

export interface VisitsModel extends FrameModel {
  readonly visits: readonly Visit[];
  /** The time axis: a year either side of the visits. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** Xi Jinping's five visits to Kazakhstan on a time axis, numbered in order. */
export function visitsModel({ lang, t }: ChartText): VisitsModel {
  const first = VISIT_YEARS[0] ?? 2013;
  const last = VISIT_YEARS[VISIT_YEARS.length - 1] ?? 2024;
  const notes = new Map<number, string>([
    [BELT_YEAR, t('charts.visits.beltNote')],
    [FIGURES.summitOrdinal.year, t('charts.visits.summitNote')],
  ]);
  const visits = VISIT_YEARS.map((year, i) => ({
    year,
    n: i + 1,
    y: CIRCLE_Y,
    latest: year === last,
    note: wrapWords(notes.get(year) ?? '', 20),
  }));
  return {
    title: t('charts.visits.title'),
    sources: [VISITS_SOURCE],
    marks: visits.length,
    visits,
    domain: [first - 1, last + 1],
    ticks: VISIT_YEARS,
    table: {
      caption: t('charts.visits.tableCaption'),
      head: [t('charts.visits.visit'), t('charts.visits.year'), t('charts.visits.note')],
      rows: visits.map((v) => [
        formatNumber(lang, v.n),
        formatYear(lang, v.year),
        notes.get(v.year) ?? '',
      ]),
    },
  };
}

/** A visit's circle radius, and the baseline of its note's first line above the circle. */
export function visitMarkGeometry(visit: Visit, cy: number): { radius: number; noteY: number } {
  const radius = visit.latest ? 48 : 38;
  return {
    radius,
    noteY: cy - radius - 20 - (visit.note.length - 1) * LABEL_FONT * 1.25,
  };
}

/** Portrait: the time axis runs down the drawing this far from its left edge. */
const COLUMN_AXIS_X = 150;
/** Portrait: room kept above the first year and below the last. */
const COLUMN_PAD = 60;
/** Portrait: space between a circle and its note. */
const NOTE_GAP = 28;

export interface ColumnVisit {
  readonly visit: Visit;
  readonly cy: number;
  readonly radius: number;
  /** The note's left edge and the baseline of its first line, centred on the circle. */
  readonly noteX: number;
  readonly noteY: number;
  /** The note, wrapped to the width beside the axis. */
  readonly note: readonly string[];
}

export interface VisitsColumn {
  readonly axis: ColumnAxis;
  readonly visits: readonly ColumnVisit[];
}

/**
 * The visits down a portrait drawing, `width` × `height`: time runs down the axis, each
 * circle on it at its year, the year left of it and the note right of it. Pure, so it is tested.
 */
export function visitsColumn(
  model: Pick<VisitsModel, 'visits' | 'domain'>,
  width: number,
  height: number,
): VisitsColumn {
  const top = COLUMN_PAD;
  const bottom = height - COLUMN_PAD;
  const y = linearScale(model.domain, [top, bottom]);
  const lineHeight = LABEL_FONT * 1.25;
  return {
    axis: { x: COLUMN_AXIS_X, top, bottom },
    visits: model.visits.map((visit) => {
      const { radius } = visitMarkGeometry(visit, 0);
      const cy = y(visit.year);
      const noteX = COLUMN_AXIS_X + radius + NOTE_GAP;
      const chars = Math.max(12, Math.floor((width - noteX) / (LABEL_FONT * 0.52)));
      const note = wrapWords(visit.note.join(' '), chars);
      const noteY = cy - ((note.length - 1) * lineHeight) / 2 + LABEL_FONT * 0.35;
      return { visit, cy, radius, noteX, noteY, note };
    }),
  };
}
