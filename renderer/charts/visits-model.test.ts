import { describe, expect, it } from 'vitest';
import { chartText } from './testing/chart-text.ts';
import { visitMarkGeometry, visitsModel } from './visits-model.ts';

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
