import type { Orientation } from '../../core/orientation.ts';

/**
 * Chart area in design pixels: the stage's content width, below the header. Landscape sets
 * two charts side by side; portrait stacks them, each the full width, and gives the area
 * the height the tall stage has to spare (less where a caveat sits under the charts).
 */
const CHART_AREA = {
  landscape: { width: 1680, height: 600, gap: 40, stacked: false },
  portrait: { width: 936, height: 1100, gap: 48, stacked: true },
} as const;
/** Portrait: height the caveat under the charts takes from them. */
const PORTRAIT_CAVEAT = 120;
/**
 * Landscape: the same, for a two-line caveat under a three-line lead (the French and Kazakh
 * trade slide, the Kazakh investment slide), which would otherwise cross the footer line.
 */
const LANDSCAPE_CAVEAT = 44;

/** Each chart's slot in the chart area of a design. Pure, so the sizes are tested. */
export function chartSlot(
  orientation: Orientation,
  count: number,
  caveat: boolean,
): { readonly width: number; readonly height: number } {
  const area = CHART_AREA[orientation];
  const share = (size: number) => Math.floor((size - area.gap * (count - 1)) / count);
  if (!area.stacked)
    return {
      width: count > 1 ? share(area.width) : area.width,
      height: area.height - (caveat ? LANDSCAPE_CAVEAT : 0),
    };
  return { width: area.width, height: share(area.height - (caveat ? PORTRAIT_CAVEAT : 0)) };
}
