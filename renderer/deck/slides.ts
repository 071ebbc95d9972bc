import { OUTLINE, type OutlineSlide } from '../../core/outline.ts';
import type { OutlineTextKey, SlideDescriptor } from './types.ts';

/**
 * A key the outline implies. The string is built here; its type is the set of keys that
 * OutlineTextKey has checked against the English locale file, and deck.test.ts checks each
 * key of each slide in every language.
 */
function key(id: string, part: string): OutlineTextKey {
  return `${id}.${part}` as OutlineTextKey;
}

/** An outline entry with the keys of its words. */
function describe(entry: OutlineSlide): SlideDescriptor {
  const text = {
    id: entry.id,
    dwell: entry.dwell,
    title: key(entry.id, 'title'),
    lead: key(entry.id, 'lead'),
    notes: key(entry.id, 'notes'),
  };
  switch (entry.layout) {
    case 'chart':
      return {
        ...text,
        layout: entry.layout,
        charts: entry.charts,
        ...('caveat' in entry && { caveat: key(entry.id, 'caveat') }),
      };
    case 'statement':
      return {
        ...text,
        layout: entry.layout,
        points: entry.points.map((point) => key(entry.id, `points.${point}`)),
      };
    case 'quote':
      return { ...text, layout: entry.layout, quote: key(entry.id, 'saying') };
    default:
      return { ...text, layout: entry.layout };
  }
}

/** The deck: core/outline.ts, in order, with the keys of each slide's words. */
export const SLIDES: readonly SlideDescriptor[] = OUTLINE.map(describe);

/** The slide at an index, clamped into the deck (the deck is never empty). */
export function slideAt(index: number): SlideDescriptor {
  const slide = SLIDES[Math.min(Math.max(index, 0), SLIDES.length - 1)];
  if (!slide) throw new Error('The deck has no slides');
  return slide;
}
