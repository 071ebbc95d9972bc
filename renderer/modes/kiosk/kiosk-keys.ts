import { SHORTCUTS } from '../../deck/keyboard.ts';
import type { KeyTarget } from '../mode-keys.ts';

/** What a key does to the kiosk: turn the page, or only count as a visitor's input. */
export type KioskKeyStep = 'next' | 'previous' | 'input';

const keysOf = (id: 'next' | 'previous'): readonly string[] =>
  SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys ?? [];

/**
 * The kiosk turns pages with the deck's next/previous keys and nothing else. Keys typed into
 * the exit dialog's PIN field (arrows included) stay with the field, and Space on a focused
 * control presses it; both still count as a visitor being there.
 */
export function kioskKeyStep(target: KeyTarget): KioskKeyStep {
  if (target.inField) return 'input';
  if (target.key === ' ' && target.onControl) return 'input';
  if (keysOf('next').includes(target.key)) return 'next';
  if (keysOf('previous').includes(target.key)) return 'previous';
  return 'input';
}
