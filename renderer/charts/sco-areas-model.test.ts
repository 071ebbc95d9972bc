import { describe, expect, it } from 'vitest';
import { scoAreasModel, scoTileGrid } from './sco-areas-model.ts';
import { chartText } from './testing/chart-text.ts';

describe('scoAreasModel', () => {
  it('lists the 16 areas in three groups, counted in the language shown', () => {
    const en = scoAreasModel(chartText('en'));
    expect(en.groups.map((g) => [g.id, g.count, g.areas.length])).toEqual([
      ['security', '4', 4],
      ['economy', '6', 6],
      ['society', '6', 6],
    ]);
    expect(en.total).toContain('16');
    expect(en.marks).toBe(16);
    expect((en.table.rows[0]?.[2] ?? '').split(', ')).toHaveLength(4);
  });

  it('names the areas in Kazakh for a Kazakh deck', () => {
    const kk = scoAreasModel(chartText('kk'));
    for (const g of kk.groups) for (const a of g.areas) expect(a.name).toMatch(/[а-яәғқңөұүһі]/i);
  });
});

describe('scoTileGrid', () => {
  it('puts three groups of two columns side by side, tiles no taller than 120 px', () => {
    const grid = scoTileGrid(1680, 600);
    expect(grid.groupX).toEqual([0, grid.groupWidth + 36, 2 * (grid.groupWidth + 36)]);
    expect((grid.groupX[2] ?? 0) + grid.groupWidth).toBeCloseTo(1680);
    expect(grid.tileHeight).toBeLessThanOrEqual(120);
    expect(grid.tile(0)).toEqual({ x: 0, y: 64 });
    expect(grid.tile(1).x).toBeCloseTo(grid.tileWidth + 12);
    expect(grid.tile(2).y).toBeCloseTo(64 + grid.tileHeight + 12);
  });

  it('shrinks the tiles so that three rows fit a short slot', () => {
    const grid = scoTileGrid(1680, 400);
    const lastBottom = grid.tile(5).y + grid.tileHeight;
    expect(lastBottom + 40).toBeLessThanOrEqual(400 + 1e-9);
  });

  it('stacks the groups for a portrait slot, three tiles wide, all inside it', () => {
    const grid = scoTileGrid(936, 800, true);
    expect(grid.groupWidth).toBe(936);
    expect(grid.groupX).toEqual([0, 0, 0]);
    expect(grid.tile(2).x + grid.tileWidth).toBeCloseTo(936);
    expect(grid.tile(3).y).toBeCloseTo(64 + grid.tileHeight + 12);
    const [, second = 0, third = 0] = grid.groupY;
    expect(second).toBeGreaterThan(grid.tile(3).y + grid.tileHeight);
    // The last group (six areas: two rows) ends inside the slot, below the total.
    expect(40 + third + grid.tile(5).y + grid.tileHeight).toBeLessThanOrEqual(800 + 1e-9);
  });
});
