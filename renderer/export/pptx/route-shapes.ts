/* The Lianyungang route map as native freeform shapes, lines and text, from the screen's geometry. */
import { LABEL_FONT } from '../../charts/chart-kit.ts';
import { routeGeometry } from '../../charts/route-model.ts';
import type { ChartText } from '../../charts/types.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn, Point } from './drawing.ts';

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
        size: style.size ?? LABEL_FONT,
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
