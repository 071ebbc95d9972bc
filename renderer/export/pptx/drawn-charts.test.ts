import { describe, expect, it } from 'vitest';
import { chartText } from '../../charts/testing/chart-text.ts';
import { DERIVED } from '../../data/derived.ts';
import { MILESTONES } from '../../data/events.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn } from './drawing.ts';
import { pathVertices, routeShapes } from './route-shapes.ts';
import { scoAreasShapes } from './sco-shapes.ts';
import { milestonesShapes, visitsShapes } from './time-shapes.ts';

const BOX: Box = { x: 120, y: 300, w: 1680, h: 560 };

function inside(item: Drawn, box: Box): boolean {
  const within = ([x, y]: readonly [number, number]) =>
    x >= box.x - 0.5 && x <= box.x + box.w + 0.5 && y >= box.y - 0.5 && y <= box.y + box.h + 0.5;
  switch (item.kind) {
    case 'line':
      return within(item.from) && within(item.to);
    case 'path':
      return item.points.every(within);
    default:
      return within([item.box.x, item.box.y]) && within([item.box.x + item.box.w, item.box.y]);
  }
}

const ellipses = (drawn: Drawn[]) =>
  drawn.filter((d) => d.kind === 'shape' && d.shape === 'ellipse');

describe('charts drawn as native shapes', () => {
  it('reads the vertices of a straight-segment SVG path', () => {
    expect(pathVertices('M 1 2 L 3.5 -4 L 5 6 Z')).toEqual([
      [1, 2],
      [3.5, -4],
      [5, 6],
    ]);
  });

  it('visits: five numbered circles, the latest larger and in vermilion', () => {
    const circles = ellipses(visitsShapes(chartText('fr'), BOX));
    expect(circles.map((c) => (c.kind === 'shape' ? c.text : ''))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const last = circles[4];
    const first = circles[0];
    expect(last?.kind === 'shape' && last.fill).toBe(PALETTE.vermilion);
    expect(last?.kind === 'shape' && first?.kind === 'shape' && last.box.w > first.box.w).toBe(
      true,
    );
  });

  it('milestones: one dot on the axis and one dated label per milestone', () => {
    const drawn = milestonesShapes(chartText('kk'), BOX);
    expect(ellipses(drawn)).toHaveLength(MILESTONES.length);
    const labels = drawn.filter((d) => d.kind === 'text' && typeof d.text !== 'string');
    expect(labels).toHaveLength(MILESTONES.length);
  });

  it('SCO areas: one rounded tile per area, named, inside the chart’s box', () => {
    const drawn = scoAreasShapes(chartText('en'), BOX);
    const tiles = drawn.filter((d) => d.kind === 'shape' && d.shape === 'roundRect');
    expect(tiles).toHaveLength(DERIVED.scoAreaCount);
    for (const tile of tiles) {
      expect(tile.kind === 'shape' && tile.text).toBeTruthy();
      expect(inside(tile, BOX)).toBe(true);
    }
  });

  it('route: four outlined areas and two legs as freeform paths, held inside the box', () => {
    const drawn = routeShapes(chartText('en'), BOX);
    const paths = drawn.filter((d) => d.kind === 'path');
    expect(paths.filter((p) => p.kind === 'path' && p.closed)).toHaveLength(4);
    expect(paths.filter((p) => p.kind === 'path' && !p.closed)).toHaveLength(2);
    for (const path of paths) expect(inside(path, BOX)).toBe(true);
    const words = drawn.flatMap((d) =>
      d.kind === 'text' && typeof d.text === 'string' ? [d.text] : [],
    );
    expect(words).toEqual(expect.arrayContaining(['Kazakhstan', 'Lianyungang', 'Khorgos']));
  });
});
