import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTES_SIZE, NOTES_SIZES, notesSizeFrom, stepNotesSize } from './notes-size.ts';

describe('notes type size', () => {
  it('steps up and down through the sizes and stops at either end', () => {
    expect(stepNotesSize(22, 1)).toBe(26);
    expect(stepNotesSize(22, -1)).toBe(20);
    expect(stepNotesSize(NOTES_SIZES[0], -1)).toBe(NOTES_SIZES[0]);
    expect(stepNotesSize(36, 1)).toBe(36);
  });

  it('reads back a stored size; anything else is the default', () => {
    expect(notesSizeFrom('30')).toBe(30);
    expect(notesSizeFrom('23')).toBe(DEFAULT_NOTES_SIZE);
    expect(notesSizeFrom('')).toBe(DEFAULT_NOTES_SIZE);
    expect(notesSizeFrom(null)).toBe(DEFAULT_NOTES_SIZE);
  });
});
