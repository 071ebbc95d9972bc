/**
 * Deck navigation as a pure reducer: the shown slide, the overlay on top of it and the
 * digits typed for "jump to slide". Every input (keys, clicks, swipes, menu, URL, presenter)
 * becomes one of these actions, so behaviour is tested here once.
 */

import {
  PLAIN_CHARTS,
  toggleChart,
  type ChartToggle,
  type ChartView,
} from '../../core/chart-view.ts';
import type { ChartId } from '../../core/ids.ts';

export type Overlay = 'none' | 'overview' | 'help';

export interface DeckState {
  /** Index of the shown slide, 0-based, always within [0, count - 1]. */
  readonly index: number;
  readonly count: number;
  readonly overlay: Overlay;
  /** Digits typed so far for a jump (shown on screen until Enter or Escape). */
  readonly jump: string;
  /** Whether the deck has moved since it opened: the first slide appears without a transition. */
  readonly moved: boolean;
  /** Log scales and data tables switched on for the shown slide's charts. */
  readonly charts: ChartView;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  /** The overview's highlight (and focus) moved to this slide; the overview stays open. */
  | { type: 'highlight'; index: number }
  | { type: 'toggle-overview' }
  | { type: 'toggle-help' }
  | { type: 'close-overlay' }
  | { type: 'jump-digit'; digit: string }
  | { type: 'jump-commit' }
  | { type: 'jump-cancel' }
  | { type: 'toggle-chart'; chart: ChartId; toggle: ChartToggle }
  /** Escape puts the open data tables away, back to the charts. */
  | { type: 'close-tables' }
  /** Another window's chart view for this slide (presenter sync). */
  | { type: 'set-charts'; charts: ChartView };

/** Longest jump buffer: three digits (slide 999) are more than any deck has; more is a typo. */
const MAX_JUMP_DIGITS = 3;

export function initialDeckState(count: number, index = 0): DeckState {
  if (count < 1) throw new Error('A deck needs at least one slide');
  return {
    index: clamp(index, count),
    count,
    overlay: 'none',
    jump: '',
    moved: false,
    charts: PLAIN_CHARTS,
  };
}

function clamp(index: number, count: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

function goTo(state: DeckState, index: number): DeckState {
  const next = clamp(index, state.count);
  if (next === state.index) return state.jump === '' ? state : { ...state, jump: '' };
  // A new slide starts with its charts drawn plainly, as it did before the deck held them.
  return { ...state, index: next, jump: '', moved: true, charts: PLAIN_CHARTS };
}

/**
 * The slide the typed digits name (0-based), or null when there is no such slide. Slide
 * numbers are 1-based on screen; out-of-range numbers are not clamped, so a typo does not
 * silently land on the last slide.
 */
export function jumpTarget(state: DeckState): number | null {
  const number = Number(state.jump);
  return state.jump !== '' && number >= 1 && number <= state.count ? number - 1 : null;
}

export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  switch (action.type) {
    case 'next':
      return goTo(state, state.index + 1);
    case 'previous':
      return goTo(state, state.index - 1);
    case 'first':
      return goTo(state, 0);
    case 'last':
      return goTo(state, state.count - 1);
    case 'go':
      return { ...goTo(state, action.index), overlay: 'none' };
    case 'highlight':
      return goTo(state, action.index);
    case 'toggle-overview':
      return { ...state, overlay: state.overlay === 'overview' ? 'none' : 'overview', jump: '' };
    case 'toggle-help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help', jump: '' };
    case 'close-overlay':
      return state.overlay === 'none' ? state : { ...state, overlay: 'none' };
    case 'jump-digit':
      if (!/^[0-9]$/.test(action.digit) || state.jump.length >= MAX_JUMP_DIGITS) return state;
      return { ...state, jump: state.jump + action.digit };
    case 'jump-commit': {
      if (state.jump === '') return state;
      const target = jumpTarget(state);
      if (target === null) return { ...state, jump: '' };
      return { ...goTo(state, target), overlay: 'none' };
    }
    case 'jump-cancel':
      return state.jump === '' ? state : { ...state, jump: '' };
    case 'toggle-chart':
      return { ...state, charts: toggleChart(state.charts, action.chart, action.toggle) };
    case 'close-tables':
      return state.charts.tables.length === 0
        ? state
        : { ...state, charts: { ...state.charts, tables: [] } };
    case 'set-charts':
      return { ...state, charts: action.charts };
  }
}
