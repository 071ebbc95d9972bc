import { describe, expect, it } from 'vitest';
import {
  deckReducer,
  initialDeckState,
  jumpTarget,
  type DeckAction,
  type DeckState,
} from './navigation.ts';

const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(deckReducer, state);

describe('deck navigation', () => {
  const start = initialDeckState(13);

  it('starts on the first slide with nothing open', () => {
    expect(start).toEqual({
      index: 0,
      count: 13,
      overlay: 'none',
      jump: '',
      moved: false,
      charts: { log: [], tables: [] },
    });
  });

  it('clamps a starting index outside the deck', () => {
    expect(initialDeckState(13, 40).index).toBe(12);
    expect(initialDeckState(13, -2).index).toBe(0);
    expect(initialDeckState(13, Number.NaN).index).toBe(0);
  });

  it('refuses an empty deck', () => {
    expect(() => initialDeckState(0)).toThrow(/at least one slide/);
  });

  it('moves forward and back, and remembers that it moved', () => {
    expect(run(start, { type: 'next' })).toMatchObject({ index: 1, moved: true });
    expect(run(start, { type: 'previous' }).moved).toBe(false);
    expect(run(start, { type: 'next' }, { type: 'next' }, { type: 'previous' }).index).toBe(1);
  });

  it('stops at both ends instead of wrapping', () => {
    expect(run(start, { type: 'previous' })).toBe(start);
    const end = run(start, { type: 'last' });
    expect(end.index).toBe(12);
    expect(run(end, { type: 'next' })).toBe(end);
  });

  it('goes to the first and last slide', () => {
    const middle = run(start, { type: 'go', index: 6 });
    expect(run(middle, { type: 'first' }).index).toBe(0);
    expect(run(middle, { type: 'last' }).index).toBe(12);
  });

  it('go closes the overview and clamps the index', () => {
    const open = run(start, { type: 'toggle-overview' });
    expect(open.overlay).toBe('overview');
    const went = run(open, { type: 'go', index: 99 });
    expect(went).toMatchObject({ index: 12, overlay: 'none' });
  });

  it('toggles overview and help, one overlay at a time', () => {
    const overview = run(start, { type: 'toggle-overview' });
    expect(run(overview, { type: 'toggle-help' }).overlay).toBe('help');
    expect(run(overview, { type: 'toggle-overview' }).overlay).toBe('none');
    expect(run(overview, { type: 'close-overlay' }).overlay).toBe('none');
    expect(run(start, { type: 'close-overlay' })).toBe(start);
  });

  it('jumps to a typed slide number on Enter', () => {
    const typed = run(
      start,
      { type: 'jump-digit', digit: '1' },
      { type: 'jump-digit', digit: '1' },
    );
    expect(typed.jump).toBe('11');
    expect(typed.index).toBe(0);
    expect(run(typed, { type: 'jump-commit' })).toMatchObject({ index: 10, jump: '' });
  });

  it('ignores an out-of-range jump and clears the digits', () => {
    const typed = run(
      start,
      { type: 'jump-digit', digit: '4' },
      { type: 'jump-digit', digit: '2' },
    );
    expect(run(typed, { type: 'jump-commit' })).toMatchObject({ index: 0, jump: '' });
    const zero = run(start, { type: 'jump-digit', digit: '0' }, { type: 'jump-commit' });
    expect(zero).toMatchObject({ index: 0, jump: '' });
  });

  it('cancels a jump and ignores non-digits and overlong input', () => {
    const typed = run(start, { type: 'jump-digit', digit: '5' });
    expect(run(typed, { type: 'jump-cancel' }).jump).toBe('');
    expect(run(start, { type: 'jump-digit', digit: 'x' })).toBe(start);
    const long = run(
      start,
      ...['1', '2', '3', '4'].map((digit): DeckAction => ({ type: 'jump-digit', digit })),
    );
    expect(long.jump).toBe('123');
    expect(run(start, { type: 'jump-commit' })).toBe(start);
  });

  it('moving clears a half-typed jump', () => {
    const typed = run(start, { type: 'jump-digit', digit: '5' }, { type: 'next' });
    expect(typed).toMatchObject({ index: 1, jump: '' });
  });

  it('toggles a chart’s log scale and data table; a new slide starts plain', () => {
    const trade = run(start, { type: 'go', index: 2 });
    const toggled = run(
      trade,
      { type: 'toggle-chart', chart: 'trade-growth', toggle: 'log' },
      { type: 'toggle-chart', chart: 'trade-reported', toggle: 'tables' },
    );
    expect(toggled.charts).toEqual({ log: ['trade-growth'], tables: ['trade-reported'] });
    expect(
      run(toggled, { type: 'toggle-chart', chart: 'trade-growth', toggle: 'log' }).charts,
    ).toEqual({ log: [], tables: ['trade-reported'] });
    expect(run(toggled, { type: 'next' }).charts).toEqual({ log: [], tables: [] });
    expect(run(toggled, { type: 'go', index: 2 }).charts).toBe(toggled.charts);
  });

  it('takes another window’s chart view as it is', () => {
    const view = { log: ['trade-growth'], tables: [] } as const;
    expect(run(start, { type: 'set-charts', charts: view }).charts).toBe(view);
  });

  it('moves the overview’s highlight without closing it', () => {
    const overview = run(start, { type: 'toggle-overview' });
    expect(run(overview, { type: 'highlight', index: 4 })).toMatchObject({
      index: 4,
      overlay: 'overview',
    });
  });

  it('knows whether the typed digits name a slide', () => {
    expect(jumpTarget({ ...start, jump: '7' })).toBe(6);
    expect(jumpTarget({ ...start, jump: '99' })).toBeNull();
    expect(jumpTarget({ ...start, jump: '0' })).toBeNull();
    expect(jumpTarget(start)).toBeNull();
  });

  it('closes the open data tables, keeping log scales', () => {
    const open = run(
      start,
      { type: 'toggle-chart', chart: 'trade-growth', toggle: 'log' },
      { type: 'toggle-chart', chart: 'trade-growth', toggle: 'tables' },
    );
    expect(run(open, { type: 'close-tables' }).charts).toEqual({
      log: ['trade-growth'],
      tables: [],
    });
    expect(run(start, { type: 'close-tables' })).toBe(start);
  });
});
