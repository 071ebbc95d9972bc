/** Type sizes of the presenter's notes, in CSS pixels: readable at arm's length up to large. */
export const NOTES_SIZES = [16, 18, 20, 22, 26, 30, 36] as const;

export type NotesSize = (typeof NOTES_SIZES)[number];

export const DEFAULT_NOTES_SIZE: NotesSize = 22;

/** One step larger (+1) or smaller (−1), stopping at either end. */
export function stepNotesSize(size: NotesSize, step: 1 | -1): NotesSize {
  const index = NOTES_SIZES.indexOf(size);
  const next = Math.min(Math.max(index + step, 0), NOTES_SIZES.length - 1);
  return NOTES_SIZES[next] ?? DEFAULT_NOTES_SIZE;
}

/** A stored value back to a size; anything else (missing, edited by hand) is the default. */
export function notesSizeFrom(raw: string | null): NotesSize {
  const value = Number(raw);
  return NOTES_SIZES.find((size) => size === value) ?? DEFAULT_NOTES_SIZE;
}
