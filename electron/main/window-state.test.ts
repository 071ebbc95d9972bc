import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WindowStateSchema, placeWindow, type Rect, type WindowState } from './window-state.ts';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
const sizes = { defaultSize: { width: 1280, height: 800 }, minSize: { width: 800, height: 500 } };
const state = (bounds: Rect, maximized = false): WindowState => ({
  bounds,
  maximized,
  fullScreen: false,
});

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(
      placeWindow({ saved: undefined, workAreas: [primary, right], primary, ...sizes }),
    ).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('keeps saved bounds that fit', () => {
    const saved = state({ x: 2000, y: 50, width: 1000, height: 700 }, true);
    expect(placeWindow({ saved, workAreas: [primary, right], primary, ...sizes })).toEqual(saved);
  });

  it('moves a window that hangs off its display back onto it', () => {
    const saved = state({ x: 1700, y: -40, width: 1000, height: 700 });
    expect(placeWindow({ saved, workAreas: [primary, right], primary, ...sizes }).bounds).toEqual({
      x: 1920,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('re-centres on the primary display when the saved display is gone', () => {
    const saved = state({ x: 2000, y: 50, width: 1000, height: 700 });
    expect(placeWindow({ saved, workAreas: [primary], primary, ...sizes }).bounds).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('always returns a window inside one work area, at least the minimum size where it fits', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 5000 }),
      height: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(rect, fc.array(rect, { minLength: 1, maxLength: 3 }), (bounds, extra) => {
        const workAreas = [
          primary,
          ...extra.map((r) => ({ ...r, width: r.width + 800, height: r.height + 500 })),
        ];
        const { bounds: placed } = placeWindow({
          saved: state(bounds),
          workAreas,
          primary,
          ...sizes,
        });
        const inside = workAreas.some(
          (a) =>
            placed.x >= a.x &&
            placed.y >= a.y &&
            placed.x + placed.width <= a.x + a.width &&
            placed.y + placed.height <= a.y + a.height,
        );
        expect(inside).toBe(true);
        expect(placed.width).toBeGreaterThanOrEqual(800);
        expect(placed.height).toBeGreaterThanOrEqual(500);
      }),
    );
  });
});

describe('WindowStateSchema', () => {
  it('rejects nonsense from a hand-edited file', () => {
    expect(
      WindowStateSchema.safeParse(state({ x: 0, y: 0, width: 800, height: 600 })).success,
    ).toBe(true);
    expect(
      WindowStateSchema.safeParse({ bounds: { x: 0, y: 0, width: -1, height: 5 } }).success,
    ).toBe(false);
    expect(
      WindowStateSchema.safeParse({ ...state({ x: 0.5, y: 0, width: 800, height: 600 }) }).success,
    ).toBe(false);
  });
});
