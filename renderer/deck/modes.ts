/** The ways of showing the one deck (DESIGN.md). `present` is the default. */
export const MODES = ['present', 'presenter', 'overview', 'print', 'kiosk'] as const;

export type Mode = (typeof MODES)[number];

export const DEFAULT_MODE: Mode = 'present';

/** Print layouts: one slide per page, or slides with notes, data tables and sources. */
export const PRINT_LAYOUTS = ['slides', 'handout'] as const;

export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

export function isPrintLayout(value: unknown): value is PrintLayout {
  return typeof value === 'string' && (PRINT_LAYOUTS as readonly string[]).includes(value);
}
