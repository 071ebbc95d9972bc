import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { ChartId } from '../../core/ids.ts';
import type { Language } from '../../core/languages.ts';
import type { SourceId } from '../data/sources.ts';

/** Size of a chart slot in design pixels (the 1920×1080 stage, before CSS scaling). */
export interface ChartProps {
  readonly width: number;
  readonly height: number;
}

/** A drawing for every chart id: what the chart bundle exports. */
export type ChartRegistry = Record<ChartId, ComponentType<ChartProps>>;

/** The chart words' translator (the `data` namespace) and the language shown. */
export interface ChartText {
  readonly lang: Language;
  readonly t: TFunction<'data'>;
}

/** The numbers of a chart as a table: the same figures, formatted for the language shown. */
export interface ChartTable {
  readonly caption: string;
  /** Column headers; the first one heads the row-header column. */
  readonly head: readonly string[];
  /** One array of cells per row; the first cell is the row's header. */
  readonly rows: readonly (readonly string[])[];
}

/** What every chart model gives its frame: heading, sources, table and marks to wait for. */
export interface FrameModel {
  readonly title: string;
  readonly sources: readonly SourceId[];
  /** A caption replacing the list of source names. */
  readonly caption?: string;
  readonly table: ChartTable;
  /** How many marks the drawing has once drawn (ChartFrame waits for them). */
  readonly marks: number;
}
