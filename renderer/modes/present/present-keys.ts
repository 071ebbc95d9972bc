import type { Overlay } from '../../deck/navigation.ts';
import { heldByHelp, type KeyTarget } from '../mode-keys.ts';

/** What present mode does with a key before the shortcut table is consulted. */
export type PresentKeyRoute = 'close-export' | 'leave' | 'deck';

/**
 * The export dialog owns the keyboard (Escape closes it); the help dialog keeps its keys;
 * Enter and Space in the overview open the highlighted slide through its own buttons; Space
 * on a focused control presses it (WAI-ARIA button behaviour) instead of turning the page.
 */
export function routePresentKey(
  target: KeyTarget,
  overlay: Overlay,
  exporting: boolean,
): PresentKeyRoute {
  if (exporting) return target.key === 'Escape' ? 'close-export' : 'leave';
  if (heldByHelp(target.key, overlay)) return 'leave';
  if (overlay === 'overview' && (target.key === 'Enter' || target.key === ' ')) return 'leave';
  if (target.key === ' ' && target.onControl) return 'leave';
  return 'deck';
}
