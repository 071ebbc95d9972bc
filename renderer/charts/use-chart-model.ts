import { useTranslation } from 'react-i18next';
import { useRenderContext } from '../deck/render-context.ts';
import type { ChartText, FrameModel } from './types.ts';

/**
 * A chart's model for the language shown, with what its drawing needs from the deck: the
 * language, whether to animate, and the translator for the words the drawing adds.
 */
export function useChartModel<M>(build: (text: ChartText) => M) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  return { model: build({ lang, t }), lang, animate, t };
}

/** The part of a model the ChartFrame shows: heading, sources, caption, table, marks. */
export function frameProps(model: FrameModel): FrameModel {
  const { title, sources, caption, table, marks } = model;
  return { title, sources, caption, table, marks };
}
