import { useRenderContext } from '../deck/render-context.ts';

/**
 * Whether charts get hover tooltips: on screen, not on paper. Nobody hovers over a printed page,
 * and each Recharts tooltip measures its box in the DOM when it mounts (a forced layout of the
 * whole document, thirteen pages of it in print mode).
 */
export function useTooltips(): boolean {
  return useRenderContext().mode !== 'print';
}
