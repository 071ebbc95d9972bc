/**
 * The ids the URL, the DOM and the shell share: slides (`#/<id>`, `data-slide-id`) and charts
 * (`data-chart`). Slides are declared in outline.ts, charts here; everything else derives
 * from these lists.
 */
import { OUTLINE, type OutlineSlide } from './outline.ts';

/** A slide id as the URL contract writes it: lower-case words joined by hyphens. */
export const SLIDE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slide ids, in the outline's order. They are part of the URL contract (#/<id>). */
export const SLIDE_IDS: readonly SlideId[] = OUTLINE.map((slide) => slide.id);

export type SlideId = OutlineSlide['id'];

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
