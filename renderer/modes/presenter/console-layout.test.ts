import { describe, expect, it } from 'vitest';
import {
  CONSOLE_GAP,
  CONSOLE_PAD_X,
  CONSOLE_PAD_Y,
  consoleLayout,
  NOTES_MIN,
} from './console-layout.ts';

describe('presenter console layout', () => {
  it.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [2560, 1440],
    [1280, 1024],
  ])('%i×%i: both columns fit the width, the current slide leaves room for notes', (w, h) => {
    const layout = consoleLayout(w, h);
    expect(
      2 * CONSOLE_PAD_X + layout.currentWidth + CONSOLE_GAP + layout.sideWidth,
    ).toBeLessThanOrEqual(w);
    const currentHeight = (layout.currentWidth * 9) / 16;
    expect(2 * CONSOLE_PAD_Y + currentHeight + CONSOLE_GAP + NOTES_MIN).toBeLessThan(h);
    expect(layout.nextWidth).toBeLessThanOrEqual(layout.sideWidth);
    expect(layout.currentWidth).toBeGreaterThan(layout.nextWidth);
  });

  it('uses the width of a laptop screen for the current slide', () => {
    expect(consoleLayout(1280, 720).currentWidth).toBeGreaterThan(800);
    expect(consoleLayout(1920, 1080).currentWidth).toBeGreaterThan(1250);
  });

  it('a wide, short window gets smaller previews rather than a page scroll', () => {
    const layout = consoleLayout(1920, 600);
    expect((layout.currentWidth * 9) / 16).toBeLessThanOrEqual(600 - 2 * CONSOLE_PAD_Y - NOTES_MIN);
    expect(layout.nextWidth).toBeLessThan(layout.sideWidth);
  });

  it('never gives a negative size', () => {
    expect(consoleLayout(0, 0)).toEqual({ sideWidth: 300, currentWidth: 0, nextWidth: 0 });
  });
});
