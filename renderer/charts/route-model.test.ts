import { describe, expect, it } from 'vitest';
import { routeGeometry, routeModel } from './route-model.ts';
import { chartText } from './testing/chart-text.ts';

describe('routeModel', () => {
  it('tables the five places in order, with the base’s opening date', () => {
    const m = routeModel(chartText('en'));
    expect(m.table.rows).toHaveLength(5);
    expect(m.table.rows[2]?.[1]).toContain('19 May 2014');
    expect(m.opened).toContain('19 May 2014');
    expect(m.sources).toEqual(['article', 'public-records']);
  });
});

describe('routeGeometry', () => {
  const g = routeGeometry(1520, 520);

  it('places Almaty west of Khorgos, Lianyungang on the coast, the Pacific east of it', () => {
    const [ax] = g.waypoints.almaty;
    const [kx] = g.waypoints.khorgos;
    const [lx, ly] = g.waypoints.lianyungang;
    const [ox] = g.waypoints.pacific;
    expect(ax).toBeLessThan(kx);
    expect(kx).toBeLessThan(lx);
    expect(lx).toBeLessThan(ox);
    // 119.2° E, 34.6° N in a view of 64–140° E and 27–53° N.
    expect(lx).toBeCloseTo(((119.2 - 64) / 76) * 1520);
    expect(ly).toBeCloseTo(((53 - 34.6) / 26) * 520);
  });

  it('runs the overland leg from Almaty to Lianyungang and the sea leg on from there', () => {
    const start = (d: string) => d.split(' ').slice(1, 3).map(Number);
    const end = (d: string) => d.split(' ').slice(-2).map(Number);
    const [ax, ay] = g.waypoints.almaty;
    const [lx, ly] = g.waypoints.lianyungang;
    expect(start(g.overland)[0]).toBeCloseTo(ax, 0);
    expect(start(g.overland)[1]).toBeCloseTo(ay, 0);
    expect(end(g.overland)[0]).toBeCloseTo(lx, 0);
    expect(end(g.overland)[1]).toBeCloseTo(ly, 0);
    expect(start(g.seaRoute)).toEqual(end(g.overland));
    expect(g.kazakhstan.endsWith(' Z')).toBe(true);
    expect(g.overland.endsWith(' Z')).toBe(false);
  });

  it('draws the map at the landscape design’s height in a tall box (portrait), centred', () => {
    const tall = routeGeometry(940, 1000);
    const [, ay] = tall.waypoints.almaty;
    const [, ly] = tall.waypoints.lianyungang;
    // 43.2° N and 34.6° N, 20 px a degree as in landscape, the 520 px map centred in 1000 px.
    expect(ly - ay).toBeCloseTo((43.2 - 34.6) * 20);
    expect(ay).toBeCloseTo((1000 - 520) / 2 + (53 - 43.2) * 20);
  });
});
