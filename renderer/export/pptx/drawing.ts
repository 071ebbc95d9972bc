/*
 * What a PowerPoint slide is made of, as plain data: text boxes, shapes, freeform paths and
 * native charts placed in the screen's design pixels (the 1920×1080 stage). The layout
 * modules build these lists; build-pptx.ts is the only code that hands them to PptxGenJS.
 */
import type PptxGenJS from 'pptxgenjs';

/** The stage's design size; a 16:9 PowerPoint slide is 13.333 × 7.5 in (LAYOUT_WIDE). */
export const STAGE = { width: 1920, height: 1080 } as const;
const PX_PER_INCH = STAGE.width / 13.333;

/** Design pixels → inches on the slide. */
export function inches(px: number): number {
  return Math.round((px / PX_PER_INCH) * 1000) / 1000;
}

/** A screen font size (design px) → points on the slide: 1920 px are 960 pt wide. */
export function points(px: number): number {
  return Math.round(px * 5) / 10;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A colour as the palette writes it (`#17212B`). */
export type Colour = string;

export interface TextStyle {
  /** Design pixels, as the stylesheets give them. */
  readonly size: number;
  readonly colour: Colour;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly valign?: 'top' | 'middle' | 'bottom';
}

/** A run of text in a paragraph, with its own style where it differs from the box's. */
export interface Run {
  readonly text: string;
  readonly colour?: Colour;
  readonly bold?: boolean;
  /** Starts a new paragraph. */
  readonly paragraph?: boolean;
  readonly bullet?: boolean;
}

export interface Stroke {
  readonly colour: Colour;
  /** Design pixels. */
  readonly width: number;
  readonly dash?: 'dash' | 'sysDot';
}

export type Drawn =
  | {
      readonly kind: 'text';
      readonly box: Box;
      readonly text: string | readonly Run[];
      readonly style: TextStyle;
      readonly fill?: Colour;
    }
  | {
      readonly kind: 'shape';
      readonly shape: 'rect' | 'roundRect' | 'ellipse';
      readonly box: Box;
      readonly fill?: Colour;
      readonly stroke?: Stroke;
      /** Text inside the shape (the visit's number, an SCO area). */
      readonly text?: string;
      readonly style?: TextStyle;
    }
  | { readonly kind: 'line'; readonly from: Point; readonly to: Point; readonly stroke: Stroke }
  | {
      readonly kind: 'path';
      /** Vertices in design pixels; the path is drawn in their bounding box. */
      readonly points: readonly Point[];
      readonly closed: boolean;
      readonly fill?: Colour;
      readonly stroke?: Stroke;
    }
  | { readonly kind: 'chart'; readonly box: Box; readonly chart: NativeChart };

export type Point = readonly [number, number];

/** A native PowerPoint chart: its kind, its data sheet and its look, in PptxGenJS's terms. */
export interface NativeChart {
  readonly type: Extract<PptxGenJS.CHART_NAME, 'bar' | 'doughnut'>;
  readonly series: readonly PptxGenJS.OptsChartData[];
  readonly options: PptxGenJS.IChartOpts;
}

/** A slide: what is on it and what the presenter reads in the notes pane. */
export interface SlidePlan {
  readonly drawn: readonly Drawn[];
  readonly notes: string;
}
