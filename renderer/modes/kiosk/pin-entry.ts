/**
 * The desktop kiosk's exit dialog: where it is summoned and what the keypad types. The PIN
 * itself is checked in main (kiosk:exit); the page never knows it.
 */

/** A press held this long in the top-left corner opens the dialog (no visitor holds that still). */
export const EXIT_HOLD_MS = 3000;

/** Size of the corner, in CSS pixels: big enough for a fingertip, small enough to miss by chance. */
export const EXIT_CORNER_PX = 80;

/** Longest PIN the kiosk config accepts. */
export const MAX_PIN_DIGITS = 8;

export function inExitCorner(x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < EXIT_CORNER_PX && y < EXIT_CORNER_PX;
}

/** Keeps the digits of what was typed or pasted, up to the longest PIN. */
export function pinFromInput(text: string): string {
  return text.replace(/[^0-9]/g, '').slice(0, MAX_PIN_DIGITS);
}
