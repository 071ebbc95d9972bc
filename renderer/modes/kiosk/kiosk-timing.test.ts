import { describe, expect, it } from 'vitest';
import {
  kioskChooseLanguage,
  kioskDwells,
  kioskGo,
  kioskInput,
  kioskLanguage,
  kioskStart,
  rotationIndex,
  kioskTick,
  nextWakeUp,
  type KioskConfig,
  type KioskState,
} from './kiosk-timing.ts';

const config: KioskConfig = { dwells: [10, 20, 5], idle: 30, langs: ['fr', 'kk', 'en'] };

/** A fake clock: advances time in steps, ticking the kiosk the way the timer would. */
function runFor(state: KioskState, from: number, ms: number, cfg = config): [KioskState, number] {
  let now = from;
  let current = state;
  const end = from + ms;
  while (now < end) {
    const wait = Math.max(nextWakeUp(current, now, cfg), 1);
    now = Math.min(now + wait, end);
    current = kioskTick(current, now, cfg);
  }
  return [current, now];
}

describe('kiosk timing', () => {
  it('waits each slide its own dwell time', () => {
    const start = kioskStart(0);
    expect(kioskTick(start, 9_999, config).index).toBe(0);
    const second = kioskTick(start, 10_000, config);
    expect(second).toMatchObject({ index: 1, shownAt: 10_000 });
    expect(kioskTick(second, 29_999, config).index).toBe(1);
    expect(kioskTick(second, 30_000, config).index).toBe(2);
  });

  it('a dwell override applies to every slide', () => {
    const fast = { ...config, dwells: [1, 1, 1] };
    const [state] = runFor(kioskStart(0), 0, 2_000, fast);
    expect(state.index).toBe(2);
  });

  it('takes each dwell from the per-slide time, the time for all slides, or the deck', () => {
    const deck = [
      { id: 'title', dwell: 10 },
      { id: 'trade', dwell: 18 },
      { id: 'quote', dwell: 12 },
    ];
    expect(kioskDwells(deck, {})).toEqual([10, 18, 12]);
    expect(kioskDwells(deck, { dwell: 5 })).toEqual([5, 5, 5]);
    expect(kioskDwells(deck, { dwells: { trade: 30 } })).toEqual([10, 30, 12]);
    expect(kioskDwells(deck, { dwell: 5, dwells: { trade: 30, nowhere: 1 } })).toEqual([5, 30, 5]);
  });

  it('never shows a slide for less than half a second', () => {
    const strobe = { ...config, dwells: [0.05, 0.05, 0.05] };
    expect(kioskTick(kioskStart(0), 499, strobe).index).toBe(0);
    expect(kioskTick(kioskStart(0), 500, strobe).index).toBe(1);
  });

  it('can start at the slide a reloaded kiosk was showing', () => {
    const resumed = kioskStart(1_000, 2);
    expect(resumed).toMatchObject({ index: 2, shownAt: 1_000, paused: false, loops: 0 });
    expect(kioskTick(resumed, 6_000, config)).toMatchObject({ index: 0, loops: 1 });
  });

  it('goes on in the language the reloaded kiosk was showing, then rotates on', () => {
    const resumed = kioskStart(0, 1, rotationIndex(config.langs, 'kk'));
    expect(kioskLanguage(resumed, config)).toBe('kk');
    const [next] = runFor(resumed, 0, 40_000, config);
    expect(kioskLanguage(next, config)).toBe('en');
    expect(rotationIndex(['fr', 'kk'], 'en')).toBe(0);
  });

  it('loops forever and switches language after each loop', () => {
    const start = kioskStart(0);
    expect(kioskLanguage(start, config)).toBe('fr');
    const [afterOne] = runFor(start, 0, 35_000);
    expect(afterOne).toMatchObject({ index: 0, loops: 1 });
    expect(kioskLanguage(afterOne, config)).toBe('kk');
    const [afterThree] = runFor(start, 0, 3 * 35_000);
    expect(afterThree.loops).toBe(3);
    expect(kioskLanguage(afterThree, config)).toBe('fr');
  });

  it('input pauses auto-advance until the visitor has been idle', () => {
    const browsing = kioskInput(kioskStart(0), 5_000);
    expect(browsing.paused).toBe(true);
    expect(kioskTick(browsing, 34_999, config)).toBe(browsing);
    expect(nextWakeUp(browsing, 5_000, config)).toBe(30_000);
  });

  it('returns to the first slide in the first language after idle, and resumes', () => {
    let state = kioskStart(0);
    [state] = runFor(state, 0, 40_000);
    expect(kioskLanguage(state, config)).toBe('kk');
    state = kioskGo(state, 2, 40_000, 3);
    state = kioskChooseLanguage(state, 'en', 41_000);
    expect(state).toMatchObject({ index: 2, paused: true });
    expect(kioskLanguage(state, config)).toBe('en');
    const reset = kioskTick(state, 71_000, config);
    expect(reset).toMatchObject({ index: 0, langIndex: 0, paused: false, shownAt: 71_000 });
    expect(kioskLanguage(reset, config)).toBe('fr');
    expect(kioskTick(reset, 81_000, config).index).toBe(1);
  });

  it('each input restarts the idle countdown', () => {
    let state = kioskInput(kioskStart(0), 0);
    state = kioskInput(state, 25_000);
    expect(kioskTick(state, 50_000, config).paused).toBe(true);
    expect(kioskTick(state, 55_000, config).paused).toBe(false);
  });

  it('visitor navigation stays inside the deck', () => {
    expect(kioskGo(kioskStart(0), 10, 0, 3).index).toBe(2);
    expect(kioskGo(kioskStart(0), -1, 0, 3).index).toBe(0);
  });

  it('a visitor may choose a language outside the rotation', () => {
    const one: KioskConfig = { ...config, langs: ['fr'] };
    const state = kioskChooseLanguage(kioskStart(0), 'kk', 0);
    expect(kioskLanguage(state, one)).toBe('kk');
  });
});
