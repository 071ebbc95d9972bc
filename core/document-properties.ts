import type { PrintLayout } from './modes.ts';
import type { OutlineEntry } from './pdf-outline.ts';

/**
 * The properties every exported document carries (PDF from `npm run handout` and from the
 * desktop app, PowerPoint), so that a file manager, a library or a screen reader describes
 * them alike.
 */
export interface DocumentProperties {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47 language of the text, e.g. `fr`: screen readers and hyphenation use it. */
  readonly language: string;
  readonly creator: string;
}

/** What the exporter reads of the printed page: its language, first heading and outline. */
export interface PrintedPage {
  readonly language: string;
  readonly heading: string;
  readonly layout: PrintLayout;
  readonly outline: readonly OutlineEntry[] | undefined;
}

/** The briefing's properties, for a document titled `heading` in `language`. */
export function documentProperties(
  heading: string,
  language: string,
  kind: PrintLayout,
): DocumentProperties {
  return {
    title: heading,
    author: 'China–Kazakhstan briefing team',
    subject: `${kind === 'handout' ? 'Handout' : 'Slides'} (${language})`,
    keywords: [`lang:${language}`, 'China', 'Kazakhstan', 'SCO'],
    language,
    creator: 'china-kazakhstan-briefing',
  };
}
