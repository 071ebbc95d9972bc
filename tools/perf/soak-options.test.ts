import { describe, expect, it } from 'vitest';
import {
  readingPlan,
  snapshotReadings,
  EMPTY_TALLY,
  growthPercent,
  heapTrend,
  parseSoakOptions,
  soakUrl,
  tallyShown,
  type SoakTally,
  v8Switches,
} from './soak-options.ts';

describe('npm run soak options', () => {
  it('defaults to 1000 transitions at the kiosk floor of half a second, in three languages', () => {
    expect(parseSoakOptions([])).toEqual({
      kind: 'run',
      options: { transitions: 1000, dwell: 0.5, langs: ['fr', 'kk', 'en'], v8: 'as-shipped' },
    });
  });

  it('takes each option in both spellings', () => {
    expect(
      parseSoakOptions(['--transitions', '50', '--jitless', '--dwell=0.05', '--langs', 'kk,en,kk']),
    ).toEqual({
      kind: 'run',
      options: { transitions: 50, dwell: 0.05, langs: ['kk', 'en'], v8: 'jitless' },
    });
    expect(parseSoakOptions(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--transitions', '0'], /--transitions must be a whole number above 0, not "0"/],
    [['--transitions', '1e3'], /whole number/],
    [['--dwell', '-1'], /--dwell must be seconds above 0/],
    [['--dwell', 'fast'], /--dwell must be seconds/],
    [['--langs', 'fr,de'], /--langs: "de" is not one of en, fr, kk/],
    [['--transitions'], /--transitions needs a value/],
    [['--loops', '3'], /unknown option "--loops"/],
    [['--jitless=no'], /unknown option "--jitless=no"/],
    [['--jitless', '--early-tier-up'], /--jitless and --early-tier-up exclude each other/],
  ])('refuses %j', (args, message) => {
    const parsed = parseSoakOptions(args);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('passes V8 its flags for each mode, and none as shipped', () => {
    expect(parseSoakOptions(['--early-tier-up', '--early-tier-up'])).toMatchObject({
      options: { v8: 'early-tier-up' },
    });
    expect(v8Switches('as-shipped')).toEqual([]);
    expect(v8Switches('jitless')).toEqual(['--js-flags=--jitless']);
    expect(v8Switches('early-tier-up')).toEqual([
      '--js-flags=--invocation-count-for-maglev=4 --invocation-count-for-turbofan=30',
    ]);
  });

  it('builds the kiosk URL of the URL contract', () => {
    expect(
      soakUrl('http://127.0.0.1:5000/', {
        transitions: 1,
        dwell: 0.5,
        langs: ['fr', 'kk'],
        v8: 'as-shipped',
      }),
    ).toBe('http://127.0.0.1:5000/?mode=kiosk&dwell=0.5&langs=fr,kk');
  });

  it('computes the heap growth in percent', () => {
    expect(growthPercent(10_000_000, 10_512_345)).toBe(5.1);
    expect(growthPercent(10_000_000, 9_000_000)).toBe(-10);
  });
});

describe('tallyShown', () => {
  function watch(shown: [string, string][]): SoakTally {
    return shown.reduce<SoakTally>(
      (tally, [id, lang]) => tallyShown(tally, id, lang, 'title'),
      EMPTY_TALLY,
    );
  }

  it('counts changes of the shown slide, not the first one or repeats', () => {
    expect(
      watch([
        ['title', 'fr'],
        ['title', 'fr'],
        ['timeline', 'fr'],
        ['trade', 'fr'],
      ]),
    ).toEqual({
      transitions: 2,
      loops: 0,
      languages: ['fr'],
      last: 'trade',
    });
  });

  it('counts a loop each time the first slide comes back, with the languages seen', () => {
    const tally = watch([
      ['title', 'fr'],
      ['sources', 'fr'],
      ['title', 'kk'],
      ['sources', 'kk'],
      ['title', 'en'],
    ]);
    expect(tally).toMatchObject({ transitions: 4, loops: 2, languages: ['fr', 'kk', 'en'] });
  });
});

describe('heapTrend', () => {
  it('sees a steady leak through noise that hides it at the end points', () => {
    // 1 % a reading, with ±10 % noise that makes the last reading lower than the first.
    const readings = Array.from({ length: 20 }, (_, i) => ({
      x: (i + 1) * 39,
      y: 8e6 * (1 + 0.01 * i) * (i === 0 ? 1.1 : i === 19 ? 0.9 : i % 2 ? 1.05 : 0.95),
    }));
    const trend = heapTrend(readings);
    expect(trend?.growth).toBeGreaterThan(10);
    expect(trend?.tenths).toHaveLength(10);
  });

  it('finds no growth in a flat series that only fluctuates', () => {
    const readings = Array.from({ length: 30 }, (_, i) => ({ x: i, y: i % 2 ? 9e6 : 7.5e6 }));
    expect(Math.abs(heapTrend(readings)?.growth ?? 100)).toBeLessThan(2);
  });

  it('tells a warm-up that levels off from a leak that keeps going, half by half', () => {
    const at = (i: number) => ({ x: i * 39, y: 8e6 + 2e6 * (1 - Math.exp(-i / 5)) });
    const warmUp = heapTrend(Array.from({ length: 40 }, (_, i) => at(i)));
    expect(warmUp?.halves?.[0]).toBeGreaterThan(15);
    expect(warmUp?.halves?.[1]).toBeLessThan(0.5);
    const leak = heapTrend(Array.from({ length: 40 }, (_, i) => ({ x: i, y: 8e6 + 4e4 * i })));
    expect(leak?.halves).toEqual([9.5, 8.6]);
    expect(heapTrend(Array.from({ length: 3 }, (_, i) => at(i)))?.halves).toBeUndefined();
  });

  it('needs two readings', () => {
    expect(heapTrend([])).toBeUndefined();
    expect(heapTrend([{ x: 1, y: 1 }])).toBeUndefined();
  });
});

describe('readingPlan', () => {
  it('reads once a rotation after the warm-up rotation, never at the last transition', () => {
    expect(readingPlan(100, 39)).toEqual({ warmUp: 39, marks: [78] });
    expect(readingPlan(200, 39).marks).toEqual([78, 117, 156, 195]);
    expect(readingPlan(78, 39).marks).toEqual([]);
  });

  it('warms up for the whole run, and reads nothing more, when it is shorter than a rotation', () => {
    expect(readingPlan(10, 39)).toEqual({ warmUp: 10, marks: [] });
  });
});

describe('snapshotReadings', () => {
  it('takes a snapshot at every reading while there are few', () => {
    expect([...snapshotReadings(3, 20)]).toEqual([0, 1, 2]);
    expect(snapshotReadings(0, 20).size).toBe(0);
  });

  it('spreads at most max snapshots from the first reading to the last', () => {
    const chosen = [...snapshotReadings(255, 20)];
    expect(chosen).toHaveLength(20);
    expect(chosen[0]).toBe(0);
    expect(chosen.at(-1)).toBe(254);
    const gaps = chosen.slice(1).map((index, at) => index - (chosen[at] ?? 0));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });
});
