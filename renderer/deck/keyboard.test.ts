import { describe, expect, it } from 'vitest';
import { SHORTCUTS, commandForKey, type KeyCommand, type ShortcutId } from './keyboard.ts';
import { initialDeckState, type DeckAction, type DeckState } from './navigation.ts';

const idle = initialDeckState(13);
const action = (key: string, state: DeckState = idle) => {
  const command = commandForKey({ key }, state);
  return command?.type === 'deck' ? command.action.type : command?.type;
};

describe('keyboard contract', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown'])('%j goes to the next slide', (key) => {
    expect(action(key)).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j goes to the previous slide', (key) => {
    expect(action(key)).toBe('previous');
  });

  it('Home and End go to the first and last slide', () => {
    expect(action('Home')).toBe('first');
    expect(action('End')).toBe('last');
  });

  it('O and Escape open the overview; Escape closes an open overlay', () => {
    expect(action('o')).toBe('toggle-overview');
    expect(action('O')).toBe('toggle-overview');
    expect(action('Escape')).toBe('toggle-overview');
    expect(action('Escape', { ...idle, overlay: 'help' })).toBe('close-overlay');
    const table = { ...idle, charts: { log: [], tables: ['investment'] as const } };
    expect(action('Escape', table)).toBe('close-tables');
    expect(action('Escape', { ...table, overlay: 'help' })).toBe('close-overlay');
  });

  it('F is full screen, ? is help, P is the presenter view', () => {
    expect(action('f')).toBe('fullscreen');
    expect(action('F')).toBe('fullscreen');
    expect(action('?')).toBe('toggle-help');
    expect(action('p')).toBe('presenter');
  });

  it('+ and − (or =) make the presenter notes larger or smaller', () => {
    expect(commandForKey({ key: '+' }, idle)).toEqual({ type: 'notes-size', step: 1 });
    expect(commandForKey({ key: '=' }, idle)).toEqual({ type: 'notes-size', step: 1 });
    expect(commandForKey({ key: '-' }, idle)).toEqual({ type: 'notes-size', step: -1 });
  });

  it('digits then Enter jump; Escape cancels the digits', () => {
    expect(commandForKey({ key: '7' }, idle)).toEqual({
      type: 'deck',
      action: { type: 'jump-digit', digit: '7' },
    });
    const typing = { ...idle, jump: '7' };
    expect(action('Enter', typing)).toBe('jump-commit');
    expect(action('Escape', typing)).toBe('jump-cancel');
    expect(action('Enter')).toBeUndefined();
  });

  it('leaves modified keys and unknown keys to the browser', () => {
    expect(commandForKey({ key: 'ArrowRight', ctrlKey: true }, idle)).toBeNull();
    expect(commandForKey({ key: 'r', metaKey: true }, idle)).toBeNull();
    expect(commandForKey({ key: 'Tab' }, idle)).toBeNull();
  });
});

describe('the help overlay’s shortcut table (SHORTCUTS) and the key handler', () => {
  /** What each row of the table promises, as the handler's command. */
  const PROMISED: Record<ShortcutId, KeyCommand['type'] | DeckAction['type']> = {
    next: 'next',
    previous: 'previous',
    first: 'first',
    last: 'last',
    overview: 'toggle-overview',
    fullscreen: 'fullscreen',
    presenter: 'presenter',
    help: 'toggle-help',
    jump: 'jump-digit',
    notesSize: 'notes-size',
  };
  const kind = (command: KeyCommand | null) =>
    command?.type === 'deck' ? command.action.type : command?.type;
  /** The table shows "0–9" and a typographic minus; the handler gets single key values. */
  const pressed = (key: string) => (key === '0–9' ? '7' : key === '−' ? '-' : key);

  it('does what each row of the table says, for every key it lists', () => {
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.keys) {
        if (shortcut.id === 'jump' && key === 'Enter') {
          const typing = { ...idle, jump: '4' };
          expect(kind(commandForKey({ key }, typing)), 'Enter after digits').toBe('jump-commit');
          continue;
        }
        expect(kind(commandForKey({ key: pressed(key) }, idle)), `${shortcut.id}: ${key}`).toBe(
          PROMISED[shortcut.id],
        );
      }
    }
  });

  it('lists every key the handler answers (aliases aside)', () => {
    const listed = new Set<string>(SHORTCUTS.flatMap((s) => s.keys.map(pressed)));
    const ALIASES = new Set(['=', ...'0123456789']);
    const candidates = [
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
      ...['Enter', 'Escape', 'Backspace', 'Tab', 'Home', 'End', 'PageUp', 'PageDown'],
      ...['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'F1', 'F5', 'F11', 'Delete'],
    ];
    const unlisted = candidates.filter(
      (key) =>
        commandForKey({ key }, idle) !== null &&
        !listed.has(key.length === 1 ? key.toLowerCase() : key) &&
        !ALIASES.has(key),
    );
    expect(unlisted).toEqual([]);
  });
});
