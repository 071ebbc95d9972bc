import { describe, expect, it } from 'vitest';
import {
  CONSOLE_GAP,
  CONSOLE_PAD_X,
  CONSOLE_PAD_Y,
  consoleLayout,
  NOTES_MIN,
  NOTES_MIN_WIDTH,
} from './console-layout.ts';

/** Laptops, a desktop monitor, a large one and a 5:4 screen. */
const WINDOWS = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [1280, 1024],
] as const;

describe('presenter console layout', () => {
  it.each(WINDOWS)(
    '%i×%i: both columns fit the width, the current slide leaves room for notes',
    (w, h) => {
      const layout = consoleLayout(w, h);
      expect(
        2 * CONSOLE_PAD_X + layout.currentWidth + CONSOLE_GAP + layout.sideWidth,
      ).toBeLessThanOrEqual(w);
      const currentHeight = (layout.currentWidth * 9) / 16;
      expect(2 * CONSOLE_PAD_Y + currentHeight + CONSOLE_GAP + NOTES_MIN).toBeLessThan(h);
      expect(layout.nextWidth).toBeLessThanOrEqual(layout.sideWidth);
      expect(layout.currentWidth).toBeGreaterThan(layout.nextWidth);
    },
  );

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
    expect(consoleLayout(0, 0)).toEqual({
      design: 'landscape',
      sideWidth: 300,
      currentWidth: 0,
      nextWidth: 0,
    });
    expect(consoleLayout(0, 0, 'portrait')).toMatchObject({ currentWidth: 0, nextWidth: 0 });
  });
});

describe('presenter console layout for a portrait audience (a totem)', () => {
  it.each(WINDOWS)(
    '%i×%i: the current slide, the notes beside it and the side column fit',
    (w, h) => {
      const layout = consoleLayout(w, h, 'portrait');
      expect(layout.design).toBe('portrait');
      // Current slide, notes panel, side column side by side.
      expect(
        2 * CONSOLE_PAD_X +
          layout.currentWidth +
          CONSOLE_GAP +
          NOTES_MIN_WIDTH +
          CONSOLE_GAP +
          layout.sideWidth,
      ).toBeLessThanOrEqual(w);
      // The 9:16 slide under its label (two lines in a narrow column) fits the height.
      const currentHeight = (layout.currentWidth * 16) / 9;
      expect(2 * CONSOLE_PAD_Y + 48 + currentHeight).toBeLessThanOrEqual(h);
      expect(layout.nextWidth).toBeLessThanOrEqual(layout.sideWidth);
      expect(layout.currentWidth).toBeGreaterThan(layout.nextWidth);
    },
  );

  it('uses the height of a laptop screen for the current slide', () => {
    // 1280×720: 640 px of slide height, 360 px wide.
    expect((consoleLayout(1280, 720, 'portrait').currentWidth * 16) / 9).toBeGreaterThan(630);
    expect((consoleLayout(1920, 1080, 'portrait').currentWidth * 16) / 9).toBeGreaterThan(990);
  });
});
