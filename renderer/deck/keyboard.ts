import type { DeckAction, DeckState } from './navigation.ts';

/** Commands the keyboard can give beyond deck navigation. */
export type KeyCommand =
  | { type: 'deck'; action: DeckAction }
  | { type: 'fullscreen' }
  | { type: 'presenter' }
  /** The presenter console's notes, one type size larger or smaller. */
  | { type: 'notes-size'; step: 1 | -1 };

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/**
 * The shortcut table (DESIGN.md), used by the key handler and the help overlay.
 * `keys` are KeyboardEvent.key values.
 */
export const SHORTCUTS = [
  { id: 'next', keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown'] },
  { id: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp'] },
  { id: 'first', keys: ['Home'] },
  { id: 'last', keys: ['End'] },
  { id: 'overview', keys: ['o', 'Escape'] },
  { id: 'fullscreen', keys: ['f'] },
  { id: 'presenter', keys: ['p'] },
  { id: 'help', keys: ['?'] },
  { id: 'jump', keys: ['0–9', 'Enter'] },
  { id: 'notesSize', keys: ['+', '−'] },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const deck = (action: DeckAction): KeyCommand => ({ type: 'deck', action });

/**
 * Maps a key press to a command, given the deck state (Escape closes what is open first;
 * Enter commits a typed jump). Returns null for keys the deck does not use, so the browser
 * keeps its own behaviour for them (Tab, shortcuts with Ctrl/Cmd…).
 */
export function commandForKey(input: KeyInput, state: DeckState): KeyCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;

  if (/^[0-9]$/.test(key)) return deck({ type: 'jump-digit', digit: key });
  if (state.jump !== '') {
    if (key === 'Enter') return deck({ type: 'jump-commit' });
    if (key === 'Escape' || key === 'Backspace') return deck({ type: 'jump-cancel' });
  }

  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return deck({ type: 'next' });
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return deck({ type: 'previous' });
    case 'Home':
      return deck({ type: 'first' });
    case 'End':
      return deck({ type: 'last' });
    case 'o':
      return deck({ type: 'toggle-overview' });
    case 'Escape':
      // Escape closes what is open, innermost first: an overlay, then the data tables.
      if (state.overlay !== 'none') return deck({ type: 'close-overlay' });
      return deck(
        state.charts.tables.length > 0 ? { type: 'close-tables' } : { type: 'toggle-overview' },
      );
    case '?':
      return deck({ type: 'toggle-help' });
    case 'f':
      return { type: 'fullscreen' };
    case 'p':
      return { type: 'presenter' };
    // '=' is '+' without Shift on many layouts.
    case '+':
    case '=':
      return { type: 'notes-size', step: 1 };
    case '-':
      return { type: 'notes-size', step: -1 };
    default:
      return null;
  }
}
