import { useTranslation } from 'react-i18next';
import { useRenderContext, useSlideOrientation } from '../deck/render-context.ts';
import type { ChartText, FrameModel } from './types.ts';

/**
 * A chart's model for the language shown, with what its drawing needs from the deck: the
 * language, whether to animate, the translator for the words the drawing adds, and the
 * slide's design (a portrait slide's drawings stack their parts in the tall slot).
 */
export function useChartModel<M>(build: (text: ChartText) => M) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const orientation = useSlideOrientation();
  return { model: build({ lang, t }), lang, animate, t, orientation };
}

/** The part of a model the ChartFrame shows: heading, sources, caption, table, marks. */
export function frameProps(model: FrameModel): FrameModel {
  const { title, sources, caption, table, marks } = model;
  return { title, sources, caption, table, marks };
}
