/**
 * The ids the URL, the DOM and the shell share: slides (`#/<id>`, `data-slide-id`) and charts
 * (`data-chart`). Declared once; everything else derives from these lists.
 */

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
