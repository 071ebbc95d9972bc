/**
 * The deck's two designs (DESIGN.md): `landscape` (the 1920×1080 stage) and `portrait` (the
 * 1080×1920 stage of a totem). The window's shape picks one, unless a kiosk or the URL forces
 * it (`orientation=landscape|portrait`; `auto`, the default, follows the window).
 */
export const ORIENTATIONS = ['landscape', 'portrait'] as const;

export type Orientation = (typeof ORIENTATIONS)[number];

/** What a config file, the command line or the URL may ask for. */
export const ORIENTATION_CHOICES = ['auto', ...ORIENTATIONS] as const;

export type OrientationChoice = (typeof ORIENTATION_CHOICES)[number];

export const DEFAULT_ORIENTATION_CHOICE: OrientationChoice = 'auto';

export function isOrientationChoice(value: unknown): value is OrientationChoice {
  return typeof value === 'string' && (ORIENTATION_CHOICES as readonly string[]).includes(value);
}

/**
 * The design for a window of this size: portrait when it is taller than wide, landscape
 * otherwise (a square window keeps the landscape deck, the one most screens show). A forced
 * choice wins over the shape.
 */
export function orientationFor(
  width: number,
  height: number,
  choice: OrientationChoice = DEFAULT_ORIENTATION_CHOICE,
): Orientation {
  if (choice !== 'auto') return choice;
  return height > width ? 'portrait' : 'landscape';
}
