import { describe, expect, it } from 'vitest';
import { kioskKeyStep } from './kiosk-keys.ts';

const key = (name: string, where: 'page' | 'control' | 'field' = 'page') => ({
  key: name,
  onControl: where !== 'page',
  inField: where === 'field',
});

describe('kiosk keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown'])('%j turns to the next slide', (name) => {
    expect(kioskKeyStep(key(name))).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j turns to the previous slide', (name) => {
    expect(kioskKeyStep(key(name))).toBe('previous');
  });

  it('has no overview, help, jump or full screen: those keys only wake the kiosk', () => {
    for (const name of ['o', 'Escape', '?', 'f', 'p', '3', 'Enter', 'Home'])
      expect(kioskKeyStep(key(name))).toBe('input');
  });

  it('leaves the PIN field its arrows and a focused button its Space', () => {
    expect(kioskKeyStep(key('ArrowLeft', 'field'))).toBe('input');
    expect(kioskKeyStep(key(' ', 'control'))).toBe('input');
    expect(kioskKeyStep(key('ArrowRight', 'control'))).toBe('next');
  });
});
