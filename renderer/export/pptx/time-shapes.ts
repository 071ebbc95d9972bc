/*
 * The drawings on a time axis (the timeline, the five visits) as native shapes and text boxes
 * that a reader can move, recolour and retype. They reuse the screen's pure models and
 * geometry, so both show the same things in the same places, in design pixels inside the
 * chart's box. The SCO tiles and the route map are in sco-shapes.ts and route-shapes.ts.
 */
import { LABEL_FONT } from '../../charts/chart-kit.ts';
import {
  LEVEL_HEIGHT,
  LEVELS,
  milestoneLabelGeometry,
  milestonesModel,
  TICK_ROOM,
} from '../../charts/milestones-model.ts';
import { placeTimelineLabels, TIMELINE_LABEL_WIDTH } from '../../charts/timeline-layout.ts';
import type { ChartText } from '../../charts/types.ts';
import { CIRCLE_Y, visitMarkGeometry, visitsModel } from '../../charts/visits-model.ts';
import { formatNumber, formatYear } from '../../i18n/format.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn } from './drawing.ts';

const TICK_PX = 20;

/** A time axis across a box: year → x, with a margin either side. */
function timeScale(domain: readonly [number, number], box: Box, margin = 24) {
  const [from, to] = domain;
  return (year: number) => box.x + margin + ((year - from) / (to - from)) * (box.w - 2 * margin);
}

/** The axis line and its year ticks, as on screen. */
function timeAxis(
  ticks: readonly number[],
  x: (year: number) => number,
  box: Box,
  axisY: number,
  text: ChartText,
): Drawn[] {
  return [
    {
      kind: 'line',
      from: [box.x, axisY],
      to: [box.x + box.w, axisY],
      stroke: { colour: PALETTE.ink, width: 3 },
    },
    ...ticks.flatMap((year): Drawn[] => [
      {
        kind: 'line',
        from: [x(year), axisY],
        to: [x(year), axisY + 8],
        stroke: { colour: PALETTE.ink, width: 2 },
      },
      {
        kind: 'text',
        box: { x: x(year) - 50, y: axisY + 10, w: 100, h: 28 },
        text: formatYear(text.lang, year),
        style: { size: TICK_PX, colour: PALETTE.ink, align: 'center' },
      },
    ]),
  ];
}

/** The milestones 1992 → 2024: dots on the axis, dated labels above and below on leaders. */
export function milestonesShapes(text: ChartText, box: Box): Drawn[] {
  const model = milestonesModel(text);
  const x = timeScale(model.domain, box);
  const axisY = box.y + LEVELS * LEVEL_HEIGHT + 8;
  const slots = placeTimelineLabels(
    model.points.map((p) => x(p.t) - box.x),
    { labelWidth: TIMELINE_LABEL_WIDTH, minX: 4, maxX: box.w - 4, levels: LEVELS, gap: 10 },
  );
  const tickXs = model.ticks.map((year) => x(year) - box.x);
  const labels = model.points.flatMap((p, i): Drawn[] => {
    const slot = slots[i];
    if (!slot) return [];
    const g = milestoneLabelGeometry(slot, axisY - box.y, p.label, tickXs);
    const top = box.y + g.dateY - g.lineHeight + 5;
    const { leader } = g;
    const stroke = { colour: PALETTE.slate, width: 2 };
    return [
      {
        kind: 'line',
        from: [box.x + leader.x, box.y + leader.fromY],
        to: [box.x + leader.x, box.y + leader.edgeY],
        stroke,
      },
      {
        kind: 'line',
        from: [box.x + leader.x1, box.y + leader.edgeY],
        to: [box.x + leader.x2, box.y + leader.edgeY],
        stroke,
      },
      {
        kind: 'text',
        box: {
          x: box.x + g.left,
          y: top,
          w: TIMELINE_LABEL_WIDTH + 24,
          h: g.lineHeight * (g.lines.length + 1) + 8,
        },
        text: [
          { text: p.date, bold: true, colour: PALETTE.steppe },
          { text: p.label, paragraph: true },
        ],
        style: { size: LABEL_FONT - 2, colour: PALETTE.ink },
      },
    ];
  });
  const dots = model.points.map((p): Drawn => ({
    kind: 'shape',
    shape: 'ellipse',
    box: { x: x(p.t) - 10, y: axisY - 10, w: 20, h: 20 },
    fill: p.id === 'astana-summit' ? PALETTE.vermilion : PALETTE.steppe,
    stroke: { colour: PALETTE.paper, width: 3 },
  }));
  return [...timeAxis(model.ticks, x, box, axisY, text), ...labels, ...dots];
}

/** Xi Jinping's five visits: numbered circles on a time axis, the latest larger, in vermilion. */
export function visitsShapes(text: ChartText, box: Box): Drawn[] {
  const model = visitsModel(text);
  const x = timeScale(model.domain, box, 60);
  const axisY = box.y + box.h - TICK_ROOM - 10;
  const cy = box.y + (axisY - box.y) * (1 - CIRCLE_Y);
  const marks = model.visits.flatMap((v): Drawn[] => {
    const { radius } = visitMarkGeometry(v, cy);
    const cx = x(v.year);
    // The note's lines stacked just above the circle (a text box does not grow upwards).
    const noteHeight = v.note.length * 30 + 8;
    const note: Drawn[] =
      v.note.length === 0
        ? []
        : [
            {
              kind: 'text',
              box: { x: cx - 170, y: cy - radius - 10 - noteHeight, w: 340, h: noteHeight },
              text: v.note.join(' '),
              style: { size: LABEL_FONT, colour: PALETTE.ink, align: 'center', valign: 'bottom' },
            },
          ];
    return [
      {
        kind: 'line',
        from: [cx, cy + radius],
        to: [cx, axisY],
        stroke: { colour: PALETTE.rule, width: 2, dash: 'dash' },
      },
      {
        kind: 'shape',
        shape: 'ellipse',
        box: { x: cx - radius, y: cy - radius, w: 2 * radius, h: 2 * radius },
        fill: v.latest ? PALETTE.vermilion : PALETTE.steppe,
        text: formatNumber(text.lang, v.n),
        style: { size: v.latest ? 34 : 28, colour: PALETTE.paper, bold: true, align: 'center' },
      },
      ...note,
    ];
  });
  return [...timeAxis(model.ticks, x, box, axisY, text), ...marks];
}
