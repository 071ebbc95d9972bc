import { describe, expect, it } from 'vitest';
import { reachesConsole } from './presenter-keys.ts';

const on = (key: string, onControl = false) => ({ key, onControl, inField: false });

describe('presenter console key routing', () => {
  it('turns pages with Space, Enter and the arrows when no control has the focus', () => {
    for (const key of [' ', 'Enter', 'ArrowRight', 'PageDown', '+'])
      expect(reachesConsole(on(key), 'none')).toBe(true);
  });

  it('lets a focused button or select keep Enter and Space, not the arrows', () => {
    expect(reachesConsole(on(' ', true), 'none')).toBe(false);
    expect(reachesConsole(on('Enter', true), 'none')).toBe(false);
    expect(reachesConsole(on('ArrowRight', true), 'none')).toBe(true);
  });

  it('lets the help dialog keep its keys but Escape and ?', () => {
    expect(reachesConsole(on('ArrowRight'), 'help')).toBe(false);
    expect(reachesConsole(on('Escape'), 'help')).toBe(true);
    expect(reachesConsole(on('?'), 'help')).toBe(true);
  });
});
