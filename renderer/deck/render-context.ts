import { createContext, useContext, useState } from 'react';
import type { ChartToggle, ChartView } from '../../core/chart-view.ts';
import type { ChartId } from '../../core/ids.ts';
import type { Language } from '../../core/languages.ts';
import type { Mode } from '../../core/modes.ts';
import type { Orientation } from '../../core/orientation.ts';

/** What a slide needs to know about how it is being shown. */
export interface RenderContextValue {
  readonly mode: Mode;
  readonly lang: Language;
  /** Entry animations: present/kiosk/presenter only, and never under prefers-reduced-motion. */
  readonly animate: boolean;
  /** Show every chart's data table (handout layout) instead of the on-screen toggle. */
  readonly showTables: boolean;
  /** The window's design (`<html data-orientation>`): the shape of the stage it shows. */
  readonly orientation: Orientation;
}

export const RenderContext = createContext<RenderContextValue>({
  mode: 'present',
  lang: 'en',
  animate: false,
  showTables: false,
  orientation: 'landscape',
});

export function useRenderContext(): RenderContextValue {
  return useContext(RenderContext);
}

/**
 * The design of the slides inside one box: the Stage gives the window's, a Thumbnail its
 * own (the presenter's previews and the handout's pages stay landscape). Slides, layouts and
 * charts read it, so a portrait slide is laid out for 1080×1920, not squeezed.
 */
export const SlideOrientation = createContext<Orientation>('landscape');

export function useSlideOrientation(): Orientation {
  return useContext(SlideOrientation);
}

/**
 * The deck's chart view and how to change it, where a mode keeps it in the deck's state.
 * Here beside the render context because this module is the one the chart bundle shares.
 */
export interface ChartViewControl {
  readonly view: ChartView;
  readonly toggle: (chart: ChartId, toggle: ChartToggle) => void;
}

export const ChartViewContext = createContext<ChartViewControl | null>(null);

/**
 * Whether one of a chart's toggles (log scale, data table) is on, and how to flip it: the
 * deck's, followed by the other windows, in present and presenter modes; elsewhere the
 * chart's own.
 */
export function useChartToggle(chart: ChartId, toggle: ChartToggle): [boolean, () => void] {
  const control = useContext(ChartViewContext);
  const [own, setOwn] = useState(false);
  if (control) return [control.view[toggle].includes(chart), () => control.toggle(chart, toggle)];
  return [own, () => setOwn((on) => !on)];
}
