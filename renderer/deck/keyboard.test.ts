import { describe, expect, it } from 'vitest';
import { commandForKey } from './keyboard.ts';
import { initialDeckState, type DeckState } from './navigation.ts';

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
