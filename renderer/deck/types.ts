import type { ParseKeys } from 'i18next';

/** The slide ids of the outline, in order. They are part of the URL contract (#/<id>). */
export const SLIDE_IDS = [
  'title',
  'timeline',
  'trade',
  'trade-share',
  'investment',
  'visits',
  'sco',
  'belt-and-road',
  'lianyungang',
  'silk-roads',
  'quote',
  'outlook',
  'sources',
] as const;

export type SlideId = (typeof SLIDE_IDS)[number];

/** Every chart the deck can draw; each one is a <figure data-chart="<id>">. */
export const CHART_IDS = [
  'milestones',
  'trade-growth',
  'trade-reported',
  'trade-share',
  'investment',
  'visits',
  'sco-areas',
  'lianyungang-route',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** How a slide is drawn; each layout is one component in the layout registry. */
export const LAYOUTS = ['title', 'chart', 'statement', 'quote', 'sources'] as const;

export type LayoutId = (typeof LAYOUTS)[number];

/** A key of the `slides` namespace; a misspelt key fails the typecheck. */
export type SlideTextKey = ParseKeys<'slides'>;

/**
 * One slide, as data. Words live in locales/<lang>/slides.json (the keys named here),
 * numbers in renderer/data/dataset.ts, drawings in renderer/charts/.
 */
export interface SlideDescriptor {
  readonly id: SlideId;
  readonly layout: LayoutId;
  /** Heading shown on the slide, in the overview and in the PDF outline. */
  readonly title: SlideTextKey;
  /** Short text under the title (a briefing: at most ~40 words). */
  readonly lead?: SlideTextKey;
  /** Bullet points of a statement slide. */
  readonly points?: readonly SlideTextKey[];
  /** The saying of the quote slide, shown in every language. */
  readonly quote?: SlideTextKey;
  /** A short, neutral note where official statistics differ from the article. */
  readonly caveat?: SlideTextKey;
  /** Speaker notes: presenter console and handout. */
  readonly notes: SlideTextKey;
  /** Charts drawn on the slide (0–2). */
  readonly charts?: readonly ChartId[];
  /** Seconds on screen in kiosk mode, unless the kiosk's dwell overrides it. */
  readonly dwell: number;
}
