import type { Overlay } from '../../deck/navigation.ts';
import { heldByHelp, type KeyTarget } from '../mode-keys.ts';

/**
 * Whether a key press reaches the console's shortcuts: Enter and Space on a focused button or
 * select press it, and the help dialog keeps its keys.
 */
export function reachesConsole(target: KeyTarget, overlay: Overlay): boolean {
  if (target.onControl && (target.key === 'Enter' || target.key === ' ')) return false;
  return !heldByHelp(target.key, overlay);
}
