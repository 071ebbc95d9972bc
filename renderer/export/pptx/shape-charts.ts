/*
 * The charts that are drawings rather than data series (the timeline, the five visits, the
 * SCO's areas, the Lianyungang route) as native shapes and text boxes: lines, circles,
 * rounded rectangles and freeform paths that a reader can move, recolour and retype. They
 * reuse the screen's pure models and geometry, so both show the same things in the same
 * places; everything is placed in design pixels inside the chart's box.
 */
import { LABEL_FONT } from '../../charts/chart-kit.ts';
import {
  LEVEL_HEIGHT,
  LEVELS,
  milestoneLabelGeometry,
  milestonesModel,
  TICK_ROOM,
} from '../../charts/milestones-model.ts';
import { routeGeometry } from '../../charts/route-model.ts';
import { scoAreasModel, scoTileGrid, SUMMARY } from '../../charts/sco-areas-model.ts';
import { placeTimelineLabels, TIMELINE_LABEL_WIDTH } from '../../charts/timeline-layout.ts';
import type { ChartText } from '../../charts/types.ts';
import { CIRCLE_Y, visitMarkGeometry, visitsModel } from '../../charts/visits-model.ts';
import type { ScoGroup } from '../../data/sco-areas.ts';
import { formatNumber, formatYear } from '../../i18n/format.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn, Point } from './drawing.ts';

const TICK_PX = 20;
const LABEL_PX = LABEL_FONT;

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
        style: { size: LABEL_PX - 2, colour: PALETTE.ink },
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
              style: { size: LABEL_PX, colour: PALETTE.ink, align: 'center', valign: 'bottom' },
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

const GROUP_COLOUR: Record<ScoGroup, { solid: string; tint: string; text: string }> = {
  security: { solid: PALETTE.vermilion, tint: PALETTE.vermilionTint, text: PALETTE.vermilion },
  economy: { solid: PALETTE.steppe, tint: PALETTE.steppeTint, text: PALETTE.steppe },
  society: { solid: PALETTE.slate, tint: PALETTE.paper, text: PALETTE.ink },
};

/** The SCO's sixteen areas in three groups of rounded tiles, the screen's grid. */
export function scoAreasShapes(text: ChartText, box: Box): Drawn[] {
  const model = scoAreasModel(text);
  const grid = scoTileGrid(box.w, box.h);
  const top = box.y + SUMMARY;
  const total: Drawn = {
    kind: 'text',
    box: { x: box.x, y: box.y, w: box.w, h: SUMMARY - 4 },
    text: model.total,
    style: { size: LABEL_PX, colour: PALETTE.muted },
  };
  const groups = model.groups.flatMap((g, gi): Drawn[] => {
    const left = box.x + (grid.groupX[gi] ?? 0);
    const colour = GROUP_COLOUR[g.id];
    return [
      {
        kind: 'shape',
        shape: 'rect',
        box: { x: left, y: top, w: grid.groupWidth, h: 6 },
        fill: colour.solid,
      },
      {
        kind: 'text',
        box: { x: left, y: top + 10, w: grid.groupWidth, h: 44 },
        text: [
          { text: `${g.count}  `, bold: true },
          { text: g.name, bold: true },
        ],
        style: { size: 24, colour: colour.text },
      },
      ...g.areas.map((area, i): Drawn => {
        const at = grid.tile(i);
        return {
          kind: 'shape',
          shape: 'roundRect',
          box: { x: left + at.x, y: top + at.y, w: grid.tileWidth, h: grid.tileHeight },
          fill: colour.tint,
          stroke: { colour: colour.solid, width: 2 },
          text: area.name,
          style: { size: LABEL_PX, colour: PALETTE.ink, align: 'center' },
        };
      }),
    ];
  });
  return [total, ...groups];
}

/** An SVG path of straight segments ("M x y L x y … Z") → its vertices. */
export function pathVertices(d: string): Point[] {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g) ?? [];
  const vertices: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    vertices.push([Number(numbers[i]), Number(numbers[i + 1])]);
  }
  return vertices;
}

/** The schematic map: sea, Korea, China and Kazakhstan as freeform shapes, the route on top. */
export function routeShapes(text: ChartText, box: Box): Drawn[] {
  const { t } = text;
  const g = routeGeometry(box.w, box.h);
  // The outlines run past the map's edges, which the screen's SVG clips; a slide does not
  // clip, so their vertices are held to the box.
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const at = ([px, py]: Point): Point => [box.x + clamp(px, box.w), box.y + clamp(py, box.h)];
  const area = (d: string, fill: string, stroke?: string): Drawn => ({
    kind: 'path',
    points: pathVertices(d).map(at),
    closed: true,
    fill,
    ...(stroke && { stroke: { colour: stroke, width: 2 } }),
  });
  const leg = (d: string, colour: string, dash?: 'dash'): Drawn => ({
    kind: 'path',
    points: pathVertices(d).map(at),
    closed: false,
    stroke: { colour, width: 6, ...(dash && { dash }) },
  });
  const label = (
    [px, py]: Point,
    words: string,
    style: { colour: string; size?: number; bold?: boolean; italic?: boolean },
    align: 'left' | 'center' | 'right' = 'center',
  ): Drawn => {
    const w = 360;
    const x = align === 'center' ? px - w / 2 : align === 'left' ? px : px - w;
    return {
      kind: 'text',
      box: { x: box.x + Math.max(0, x), y: box.y + py - 22, w, h: 44 },
      text: words,
      style: {
        size: style.size ?? LABEL_PX,
        colour: style.colour,
        bold: style.bold,
        italic: style.italic,
        align,
      },
    };
  };
  const dot = (p: Point, r: number, fill: string): Drawn => {
    const [cx, cy] = at(p);
    return {
      kind: 'shape',
      shape: 'ellipse',
      box: { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r },
      fill,
      stroke: { colour: PALETTE.ink, width: 2 },
    };
  };
  const w = g.waypoints;
  const name = (id: keyof typeof w) => t(`charts.lianyungang-route.waypoints.${id}`);
  return [
    area(g.sea, PALETTE.steppeTint),
    area(g.korea, PALETTE.rule),
    area(g.china, PALETTE.vermilionTint, PALETTE.vermilion),
    area(g.kazakhstan, PALETTE.steppeTint, PALETTE.steppe),
    label(g.kazakhstanName, t('charts.lianyungang-route.kazakhstan'), {
      colour: PALETTE.steppe,
      size: 34,
      bold: true,
    }),
    label(
      [g.kazakhstanName[0], g.kazakhstanName[1] + 40],
      t('charts.lianyungang-route.landlocked'),
      { colour: PALETTE.muted, italic: true },
    ),
    label(g.chinaName, t('charts.lianyungang-route.china'), {
      colour: PALETTE.vermilion,
      size: 34,
      bold: true,
    }),
    leg(g.overland, PALETTE.ink),
    leg(g.seaRoute, PALETTE.steppe, 'dash'),
    dot(w.almaty, 10, PALETTE.paper),
    dot(w.khorgos, 10, PALETTE.paper),
    dot(w.lianyungang, 12, PALETTE.vermilion),
    label(
      [w.almaty[0] - 16, w.almaty[1] + 30],
      name('almaty'),
      { colour: PALETTE.ink, bold: true },
      'right',
    ),
    label(
      [w.khorgos[0] + 16, w.khorgos[1] - 30],
      name('khorgos'),
      { colour: PALETTE.ink, bold: true },
      'left',
    ),
    label(
      [w.lianyungang[0] - 20, w.lianyungang[1] - 34],
      name('lianyungang'),
      { colour: PALETTE.vermilion, bold: true },
      'right',
    ),
    label(w['yellow-sea'], name('yellow-sea'), { colour: PALETTE.steppe, italic: true }),
    label([w.pacific[0], w.pacific[1] + 40], name('pacific'), {
      colour: PALETTE.steppe,
      italic: true,
    }),
    label([g.chinaName[0] + 140, g.chinaName[1] - 150], t('charts.lianyungang-route.rail'), {
      colour: PALETTE.ink,
    }),
    label([w.pacific[0] - 40, w.pacific[1] - 70], t('charts.lianyungang-route.sea'), {
      colour: PALETTE.steppe,
    }),
  ];
}
