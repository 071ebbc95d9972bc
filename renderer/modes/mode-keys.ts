import type { Overlay } from '../deck/navigation.ts';

/**
 * What a key press is aimed at, as the modes' key rules need it: the key, and whether the
 * focus is on a control that handles the key itself (a button, a field, a select).
 */
export interface KeyTarget {
  readonly key: string;
  readonly onControl: boolean;
  readonly inField: boolean;
}

/** Elements that handle their own keys and clicks: Space or a tap on them is not a page turn. */
export const INTERACTIVE = 'button, a, input, select, textarea, [role="button"], [data-no-nav]';

export function keyTarget(event: KeyboardEvent): KeyTarget {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    onControl: target?.closest(INTERACTIVE) != null,
    inField: target?.closest('input, textarea, select') != null,
  };
}

/**
 * Inside the help dialog only Escape and ? act on the deck; Tab and Enter stay with the
 * dialog (a modal dialog keeps its keys). Present and presenter modes share this rule.
 */
export function heldByHelp(key: string, overlay: Overlay): boolean {
  return overlay === 'help' && key !== 'Escape' && key !== '?';
}
