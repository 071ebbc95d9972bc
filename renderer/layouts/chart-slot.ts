import type { Orientation } from '../../core/orientation.ts';

/**
 * Chart area in design pixels: the stage's content width, below the header. Landscape sets
 * two charts side by side; portrait stacks them, each the full width, and gives the area
 * the height the tall stage has to spare (less where a caveat sits under the charts). Either
 * is a most: where the slide's header is taller, the charts get the height that is left.
 */
const CHART_AREA = {
  landscape: { width: 1680, height: 600, gap: 40, stacked: false },
  portrait: { width: 936, height: 1100, gap: 48, stacked: true },
} as const;
/** Portrait: height the caveat under the charts takes from them. */
const PORTRAIT_CAVEAT = 120;

/**
 * Each chart's slot in the chart area of a design. Pure, so the sizes are tested. `room` is the
 * height the chart area actually has on the slide, below the header and above the caveat
 * (measured: a three-line lead leaves less of it); the charts never take more.
 */
export function chartSlot(
  orientation: Orientation,
  count: number,
  caveat: boolean,
  room = Number.POSITIVE_INFINITY,
): { readonly width: number; readonly height: number } {
  const area = CHART_AREA[orientation];
  const share = (size: number) => Math.floor((size - area.gap * (count - 1)) / count);
  if (!area.stacked)
    return {
      width: count > 1 ? share(area.width) : area.width,
      height: Math.floor(Math.min(area.height, room)),
    };
  const height = Math.min(area.height - (caveat ? PORTRAIT_CAVEAT : 0), room);
  return { width: area.width, height: share(height) };
}
