import type { ParseKeys } from 'i18next';
import type { ChartId, SlideId } from '../../core/ids.ts';
import type { OutlineEntry, OutlineSlide } from '../../core/outline.ts';

/** How a slide is drawn; each layout is one component (renderer/layouts/). */
export type LayoutId = OutlineEntry['layout'];

/** A key of the `slides` namespace; a misspelt key fails the typecheck. */
export type SlideTextKey = ParseKeys<'slides'>;

/** Every text key the outline implies, slide by slide (core/outline.ts says which). */
type ImpliedKeys<E> = E extends { readonly id: infer I extends string }
  ? | `${I}.${'title' | 'lead' | 'notes'}`
    | (E extends { readonly caveat: true } ? `${I}.caveat` : never)
    | (E extends { readonly points: readonly (infer P extends string)[] }
        ? `${I}.points.${P}`
        : never)
    | (E extends { readonly layout: 'quote' } ? `${I}.saying` : never)
  : never;

/** Compiles only while locales/en/slides.json has every key the outline implies. */
type Existing<K extends SlideTextKey> = K;

export type OutlineTextKey = Existing<ImpliedKeys<OutlineSlide>>;

/**
 * One slide as the renderer draws it: its outline entry with the keys of its words in
 * locales/<lang>/slides.json. A union by layout, so a chart slide cannot lack its charts.
 */
interface SlideText<L extends LayoutId> {
  readonly id: SlideId;
  readonly layout: L;
  /** Heading shown on the slide, in the overview and in the PDF outline. */
  readonly title: SlideTextKey;
  /** Short text under the title (a briefing: at most ~40 words). */
  readonly lead: SlideTextKey;
  /** Speaker notes: presenter console and handout. */
  readonly notes: SlideTextKey;
  /** Seconds on screen in kiosk mode, unless the kiosk's dwell overrides it. */
  readonly dwell: number;
}

export type TitleSlide = SlideText<'title'>;

export interface ChartSlide extends SlideText<'chart'> {
  readonly charts: readonly ChartId[];
  /** A short, neutral note where official statistics differ from the article. */
  readonly caveat?: SlideTextKey;
}

export interface StatementSlide extends SlideText<'statement'> {
  readonly points: readonly SlideTextKey[];
}

export interface QuoteSlide extends SlideText<'quote'> {
  /** The saying, shown in every language. */
  readonly quote: SlideTextKey;
}

export type SourcesSlide = SlideText<'sources'>;

export type SlideDescriptor = TitleSlide | ChartSlide | StatementSlide | QuoteSlide | SourcesSlide;

/** The charts a slide draws (none but on a chart slide). */
export function chartsOf(slide: SlideDescriptor): readonly ChartId[] {
  return slide.layout === 'chart' ? slide.charts : [];
}
