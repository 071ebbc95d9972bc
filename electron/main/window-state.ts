/**
 * Remembered window placement, validated and fitted to the displays present now (a monitor
 * may have been unplugged or rearranged since the last run).
 */
import * as z from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const WindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    width: size.width,
    height: size.height,
  };
}

function clampSize(
  size: { width: number; height: number },
  area: Rect,
  min: { width: number; height: number },
): { width: number; height: number } {
  return {
    width: Math.min(Math.max(size.width, min.width), area.width),
    height: Math.min(Math.max(size.height, min.height), area.height),
  };
}

/**
 * Where to open the window. Saved bounds are kept when they overlap a display; they are
 * shrunk to fit that display's work area and moved fully onto it. Otherwise (first run, or
 * the display is gone) the default size is centred on the primary display.
 */
export function placeWindow(input: {
  readonly saved: WindowState | undefined;
  /** Work areas (screen minus task bars) of every display. */
  readonly workAreas: readonly Rect[];
  readonly primary: Rect;
  readonly defaultSize: { readonly width: number; readonly height: number };
  readonly minSize: { readonly width: number; readonly height: number };
}): WindowState {
  const { saved, primary, minSize } = input;
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of input.workAreas) {
    const overlap = saved ? overlapArea(saved.bounds, area) : 0;
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (!saved || !best) {
    return {
      bounds: centred(clampSize(input.defaultSize, primary, minSize), primary),
      maximized: false,
      fullScreen: false,
    };
  }
  const size = clampSize(saved.bounds, best, minSize);
  const bounds = {
    x: Math.min(Math.max(saved.bounds.x, best.x), best.x + best.width - size.width),
    y: Math.min(Math.max(saved.bounds.y, best.y), best.y + best.height - size.height),
    ...size,
  };
  return { bounds, maximized: saved.maximized, fullScreen: saved.fullScreen };
}
