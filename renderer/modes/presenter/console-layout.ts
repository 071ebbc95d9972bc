import type { Orientation } from '../../../core/orientation.ts';
import { stageSize } from '../../deck/stage-fit.ts';

/**
 * The presenter console's geometry for a window size, so that it fits a 1280×720 laptop
 * without page scroll, with the previews in the audience's design. Landscape: the current
 * slide as large as the window allows above a notes panel of at least {@link NOTES_MIN}
 * pixels. Portrait (a totem): the current slide as tall as the window, the notes beside it,
 * at least {@link NOTES_MIN_WIDTH} wide. Beside them a column with the clocks, the next slide
 * and the slide list. The notes and the list scroll inside their own panels.
 */
export interface ConsoleLayout {
  /** The design of the previews: the audience's. */
  readonly design: Orientation;
  /** Width of the right-hand column (clocks, next slide, slide list). */
  readonly sideWidth: number;
  /** Width of the current-slide preview (16:9, or 9:16 in portrait). */
  readonly currentWidth: number;
  /** Width of the next-slide preview, in the same design. */
  readonly nextWidth: number;
}

/** Page padding and gaps, in CSS pixels; deck.css uses the same values. */
export const CONSOLE_PAD_X = 24;
export const CONSOLE_PAD_Y = 16;
export const CONSOLE_GAP = 16;
/** A panel label's line (font 15 px, line-height 20 px, 8 px below). */
const LABEL = 28;
/** The current slide's label over a narrow portrait preview wraps to two lines. */
const LABEL_TWO_LINES = LABEL + 20;
/** Notes panel: its heading row and about three lines of text at the largest size. */
export const NOTES_MIN = 170;
/** Portrait: the notes panel beside the current slide keeps about 40 characters a line. */
export const NOTES_MIN_WIDTH = 320;
/** Clocks and their buttons, which may wrap to two rows in French and Kazakh. */
const CLOCKS = 190;
/** Room kept for about four entries of the slide list. */
const LIST_MIN = 180;

export function consoleLayout(
  width: number,
  height: number,
  design: Orientation = 'landscape',
): ConsoleLayout {
  const stage = stageSize(design);
  /** A preview's height for its width. */
  const ratio = stage.height / stage.width;
  const sideWidth = Math.round(Math.min(Math.max(width * 0.3, 300), 560));
  const mainWidth = Math.max(0, width - 2 * CONSOLE_PAD_X - CONSOLE_GAP - sideWidth);
  const innerHeight = Math.max(0, height - 2 * CONSOLE_PAD_Y);
  const currentByHeight =
    design === 'portrait'
      ? (innerHeight - LABEL_TWO_LINES) / ratio
      : (innerHeight - LABEL - CONSOLE_GAP - NOTES_MIN) / ratio;
  const currentByWidth =
    design === 'portrait' ? mainWidth - CONSOLE_GAP - NOTES_MIN_WIDTH : mainWidth;
  const nextByHeight = (innerHeight - CLOCKS - LABEL - 2 * CONSOLE_GAP - LIST_MIN) / ratio;
  return {
    design,
    sideWidth,
    currentWidth: Math.floor(Math.max(0, Math.min(currentByWidth, currentByHeight))),
    nextWidth: Math.floor(Math.max(0, Math.min(sideWidth, nextByHeight))),
  };
}
