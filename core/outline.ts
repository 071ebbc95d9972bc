/**
 * The deck's outline (shared/briefing/FACTS.md), in order: the one place a slide is declared.
 * Everything else derives from it: the slide ids of the URL and the shell (ids.ts), the
 * renderer's slides with their text keys (renderer/deck/slides.ts), the kiosk's default times.
 *
 * A slide's words live in locales/<lang>/slides.json under its id (`trade.title`,
 * `trade.lead`, `trade.notes`, and `trade.caveat`, `<id>.points.<point>` or `<id>.saying`
 * where its entry says so); its numbers in renderer/data/, its charts in renderer/charts/.
 */
import type { ChartId } from './ids.ts';

interface SlideEntry<L extends string> {
  /** Lower-case words joined by hyphens: `#/<id>` in the URL, `data-slide-id` in the DOM. */
  readonly id: string;
  /** How it is drawn: one layout component each (renderer/layouts/). */
  readonly layout: L;
  /** Seconds on screen in kiosk mode, unless the kiosk's settings say otherwise. */
  readonly dwell: number;
}

export type TitleEntry = SlideEntry<'title'>;

export interface ChartEntry extends SlideEntry<'chart'> {
  /** One chart across the slide, or two side by side. */
  readonly charts: readonly [ChartId] | readonly [ChartId, ChartId];
  /** A short, neutral note under the charts where official statistics differ (`<id>.caveat`). */
  readonly caveat?: true;
}

export interface StatementEntry extends SlideEntry<'statement'> {
  /** The numbered points, each `<id>.points.<point>` in the locale files. */
  readonly points: readonly [string, string, string];
}

/** The saying (`<id>.saying`), large in the current language and smaller in the others. */
export type QuoteEntry = SlideEntry<'quote'>;

export type SourcesEntry = SlideEntry<'sources'>;

export type OutlineEntry = TitleEntry | ChartEntry | StatementEntry | QuoteEntry | SourcesEntry;

export const OUTLINE = [
  { id: 'title', layout: 'title', dwell: 10 },
  { id: 'timeline', layout: 'chart', charts: ['milestones'], dwell: 16 },
  {
    id: 'trade',
    layout: 'chart',
    charts: ['trade-growth', 'trade-reported'],
    caveat: true,
    dwell: 18,
  },
  { id: 'trade-share', layout: 'chart', charts: ['trade-share'], caveat: true, dwell: 16 },
  { id: 'investment', layout: 'chart', charts: ['investment'], caveat: true, dwell: 14 },
  { id: 'visits', layout: 'chart', charts: ['visits'], dwell: 12 },
  { id: 'sco', layout: 'chart', charts: ['sco-areas'], dwell: 16 },
  {
    id: 'belt-and-road',
    layout: 'statement',
    points: ['origin', 'nurly-zhol', 'capacity'],
    dwell: 14,
  },
  { id: 'lianyungang', layout: 'chart', charts: ['lianyungang-route'], dwell: 14 },
  { id: 'silk-roads', layout: 'statement', points: ['digital', 'green', 'health'], dwell: 12 },
  { id: 'quote', layout: 'quote', dwell: 12 },
  {
    id: 'outlook',
    layout: 'statement',
    points: ['golden-decade', 'sco', 'shared-work'],
    dwell: 12,
  },
  { id: 'sources', layout: 'sources', dwell: 16 },
] as const satisfies readonly OutlineEntry[];

export type OutlineSlide = (typeof OUTLINE)[number];
