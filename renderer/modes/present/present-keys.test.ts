import { describe, expect, it } from 'vitest';
import { routePresentKey } from './present-keys.ts';

const on = (key: string, onControl = false) => ({ key, onControl, inField: false });

describe('present mode key routing', () => {
  it('gives every key to the deck when nothing is open', () => {
    for (const key of ['ArrowRight', ' ', 'Enter', 'Escape', 'o', '?', '7'])
      expect(routePresentKey(on(key), 'none', false)).toBe('deck');
  });

  it('lets the export dialog keep every key but Escape, which closes it', () => {
    expect(routePresentKey(on('Escape'), 'none', true)).toBe('close-export');
    for (const key of ['ArrowRight', ' ', 'Tab', '?'])
      expect(routePresentKey(on(key), 'none', true)).toBe('leave');
  });

  it('lets the help dialog keep Tab and Enter; Escape and ? still reach the deck', () => {
    expect(routePresentKey(on('Tab'), 'help', false)).toBe('leave');
    expect(routePresentKey(on('Enter'), 'help', false)).toBe('leave');
    expect(routePresentKey(on('ArrowRight'), 'help', false)).toBe('leave');
    expect(routePresentKey(on('Escape'), 'help', false)).toBe('deck');
    expect(routePresentKey(on('?'), 'help', false)).toBe('deck');
  });

  it('leaves Enter and Space to the overview grid, arrows move its highlight', () => {
    expect(routePresentKey(on('Enter'), 'overview', false)).toBe('leave');
    expect(routePresentKey(on(' '), 'overview', false)).toBe('leave');
    expect(routePresentKey(on('ArrowRight'), 'overview', false)).toBe('deck');
  });

  it('lets Space press a focused button instead of turning the page', () => {
    expect(routePresentKey(on(' ', true), 'none', false)).toBe('leave');
    expect(routePresentKey(on('ArrowRight', true), 'none', false)).toBe('deck');
  });
});
