import type { ParseKeys } from 'i18next';
import type { ChartId, SlideId } from '../../core/ids.ts';

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
