import { describe, expect, it } from 'vitest';
import { EXIT_CORNER_PX, inExitCorner, pinFromInput } from './pin-entry.ts';

describe('kiosk exit dialog input', () => {
  it('is summoned from the top-left corner only', () => {
    expect(inExitCorner(0, 0)).toBe(true);
    expect(inExitCorner(EXIT_CORNER_PX - 1, EXIT_CORNER_PX - 1)).toBe(true);
    expect(inExitCorner(EXIT_CORNER_PX, 10)).toBe(false);
    expect(inExitCorner(10, EXIT_CORNER_PX)).toBe(false);
    expect(inExitCorner(640, 360)).toBe(false);
  });

  it('keeps up to eight ASCII digits of what was typed', () => {
    expect(pinFromInput('24 68')).toBe('2468');
    expect(pinFromInput('1234567890')).toBe('12345678');
    expect(pinFromInput('abc')).toBe('');
    expect(pinFromInput('٢٤٦٨')).toBe('');
  });
});
