import type { Paper, PrintLayout } from '../../../core/modes.ts';
import { STAGE_WIDTH } from '../../deck/stage-fit.ts';

/**
 * Turns a translated template such as "Page {{page}} of {{pages}}" into CSS `content` for a
 * page margin box: `"Page " counter(page) " of " counter(pages)`. Only {{page}} and {{pages}}
 * become counters; all other text is quoted, with CSS escapes for quotes and backslashes.
 */
export function counterContent(template: string): string {
  const quote = (text: string) =>
    `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
  return template
    .split(/(\{\{\s*pages?\s*\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const counter = /^\{\{\s*(pages?)\s*\}\}$/.exec(part);
      return counter ? `counter(${counter[1]})` : quote(part);
    })
    .join(' ');
}

const PAPER_SIZE: Record<Paper, string> = { A4: '210mm 297mm', Letter: '8.5in 11in' };

/**
 * The @page rules of print mode. Slides: one 1920×1080 CSS-pixel page per slide, no margins
 * (the slide carries its own number). Handout: portrait paper with a footer naming the
 * briefing and the language, and "page n of m" in the chosen language.
 */
export function pageCss(
  layout: PrintLayout,
  paper: Paper,
  footer: { left: string; pageOf: string },
): string {
  if (layout === 'slides') return '@page { size: 1920px 1080px; margin: 0; }';
  return [
    `@page { size: ${PAPER_SIZE[paper]}; margin: 14mm 14mm 18mm;`,
    `  @bottom-left { content: ${counterContent(footer.left)}; font: 9pt 'Noto Sans', sans-serif; color: #4a5663; }`,
    `  @bottom-right { content: ${counterContent(footer.pageOf)}; font: 9pt 'Noto Sans', sans-serif; color: #4a5663; }`,
    '}',
    // The cover carries no footer.
    '@page cover { @bottom-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n');
}

/** Room left on either side of the slide pages when print mode is looked at on screen. */
const SCREEN_MARGIN = 24;

/**
 * How much print mode's 1920-pixel slide pages are shrunk on screen so that they fit the
 * window's width (never enlarged). Paper ignores it: the @page size applies there.
 */
export function screenZoom(windowWidth: number): number {
  if (windowWidth <= 2 * SCREEN_MARGIN) return 0.1;
  return Math.min(1, (windowWidth - 2 * SCREEN_MARGIN) / STAGE_WIDTH);
}
