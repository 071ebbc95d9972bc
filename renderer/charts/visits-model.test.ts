import { describe, expect, it } from 'vitest';
import { chartText } from './testing/chart-text.ts';
import { LABEL_FONT } from './chart-kit.ts';
import { visitMarkGeometry, visitsColumn, visitsModel } from './visits-model.ts';

describe('visitsModel', () => {
  const en = visitsModel(chartText('en'));

  it('numbers the five visits in order, the 2024 one the latest', () => {
    expect(en.visits.map((v) => [v.n, v.year, v.latest])).toEqual([
      [1, 2013, false],
      [2, 2015, false],
      [3, 2017, false],
      [4, 2022, false],
      [5, 2024, true],
    ]);
    expect(en.domain).toEqual([2012, 2025]);
    expect(en.ticks).toEqual([2013, 2015, 2017, 2022, 2024]);
  });

  it('notes the Belt’s announcement in 2013 and the summit in 2024, wrapped to 20 characters', () => {
    const noted = en.visits.filter((v) => v.note.length > 0).map((v) => v.year);
    expect(noted).toEqual([2013, 2024]);
    for (const v of en.visits)
      for (const line of v.note) expect(line.length).toBeLessThanOrEqual(20);
    expect(en.table.rows.map((r) => r[2] !== '')).toEqual([true, false, false, false, true]);
  });

  it('writes the table in the language shown', () => {
    const kk = visitsModel(chartText('kk'));
    expect(kk.table.rows[4]?.slice(0, 2)).toEqual(['5', '2024']);
    expect(kk.table.rows[0]?.[2]).toMatch(/[а-яәғқңөұүһі]/i);
  });
});

describe('visitMarkGeometry', () => {
  it('draws the latest visit larger and lifts a note of more lines higher', () => {
    const [first, , , , last] = visitsModel(chartText('en')).visits;
    if (!first || !last) throw new Error('five visits');
    expect(visitMarkGeometry(first, 300).radius).toBe(38);
    expect(visitMarkGeometry(last, 300).radius).toBe(48);
    const oneLine = visitMarkGeometry({ ...first, note: ['a'] }, 300).noteY;
    const twoLines = visitMarkGeometry({ ...first, note: ['a', 'b'] }, 300).noteY;
    expect(oneLine).toBe(300 - 38 - 20);
    expect(twoLines).toBeLessThan(oneLine);
  });
});

describe('visitsColumn (portrait)', () => {
  const width = 936;
  const height = 900;
  for (const lang of ['en', 'fr', 'kk'] as const) {
    it(`${lang}: runs the visits down the drawing in order, each inside it`, () => {
      const column = visitsColumn(visitsModel(chartText(lang)), width, height);
      const ys = column.visits.map((v) => v.cy);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      for (const v of column.visits) {
        expect(v.cy - v.radius).toBeGreaterThanOrEqual(0);
        expect(v.cy + v.radius).toBeLessThanOrEqual(height);
        // Notes fit beside the axis, at about half a font size a character.
        for (const line of v.note)
          expect(v.noteX + line.length * LABEL_FONT * 0.52).toBeLessThanOrEqual(width);
      }
      // Two years apart, circles do not touch (2013–2015, 2022–2024).
      for (let i = 1; i < column.visits.length; i += 1) {
        const [a, b] = [column.visits[i - 1], column.visits[i]];
        if (a && b) expect(b.cy - a.cy).toBeGreaterThan(a.radius + b.radius);
      }
    });
  }

  it('places time to scale: 2013 to 2015 as far apart as 2015 to 2017', () => {
    const [a, b, c] = visitsColumn(visitsModel(chartText('en')), width, height).visits;
    expect((b?.cy ?? 0) - (a?.cy ?? 0)).toBeCloseTo((c?.cy ?? 0) - (b?.cy ?? 0));
  });
});
