/*
 * The one PowerPoint builder: the deck (renderer/deck/slides.ts) in one language → a
 * PptxGenJS presentation. The app's renderer and `npm run handout -- --format pptx` both
 * call it; the plans (slide-plan.ts) decide what goes where, this module only hands them to
 * the library, which writes the OOXML.
 */
import PptxGenJS from 'pptxgenjs';
import { documentProperties } from '../../../core/document-properties.ts';
import { LANGUAGES } from '../../../core/languages.ts';
import { SLIDES } from '../../deck/slides.ts';
import { PALETTE } from '../../styles/palette.ts';
import {
  inches,
  points,
  type Box,
  type Drawn,
  type Run,
  type Stroke,
  type TextStyle,
} from './drawing.ts';
import { FONT_FACE } from './fonts.ts';
import { hex } from './native-charts.ts';
import { slidePlan } from './slide-plan.ts';
import type { DeckWords } from './words.ts';

/**
 * The document properties every export carries (core/document-properties.ts); the title is
 * the first slide's heading, as in the PDF. PptxGenJS has no field for the keywords or the
 * language: the subject names the language, and every text run is marked with it.
 */
export function deckProperties(words: DeckWords): {
  title: string;
  author: string;
  subject: string;
  company: string;
} {
  const first = SLIDES[0];
  const title = first ? words.slide(first.title) : words.common('app.name');
  const { author, subject, creator } = documentProperties(title, words.lang, 'slides');
  return { title, author, subject, company: creator };
}

function position(box: Box): PptxGenJS.PositionProps {
  return { x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) };
}

function textOptions(style: TextStyle, lang: string): PptxGenJS.TextPropsOptions {
  return {
    fontFace: FONT_FACE,
    fontSize: points(style.size),
    color: hex(style.colour),
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    lang,
    margin: 0,
  };
}

/** Runs → PptxGenJS text runs: a run that starts a paragraph breaks the line before it. */
function runs(items: readonly Run[], lang: string): PptxGenJS.TextProps[] {
  return items.map((run, i) => {
    const next = items[i + 1];
    return {
      text: run.text,
      options: {
        lang,
        ...(run.colour && { color: hex(run.colour) }),
        ...(run.bold !== undefined && { bold: run.bold }),
        ...(run.bullet && { bullet: true }),
        // PptxGenJS ends a paragraph after the run that carries breakLine.
        ...(next?.paragraph && { breakLine: true }),
      },
    };
  });
}

function draw(pptx: PptxGenJS, slide: PptxGenJS.Slide, item: Drawn, lang: string): void {
  switch (item.kind) {
    case 'text': {
      const options = {
        ...position(item.box),
        ...textOptions(item.style, lang),
        ...(item.fill && { fill: { color: hex(item.fill) }, margin: [4, 8, 4, 14] }),
        paraSpaceAfter: 2,
      } satisfies PptxGenJS.TextPropsOptions;
      slide.addText(typeof item.text === 'string' ? item.text : runs(item.text, lang), options);
      return;
    }
    case 'shape': {
      const options: PptxGenJS.ShapeProps = {
        ...position(item.box),
        fill: item.fill ? { color: hex(item.fill) } : { type: 'none' },
        line: item.stroke ? lineOf(item.stroke) : { type: 'none' },
        ...(item.shape === 'roundRect' && { rectRadius: 0.08 }),
      };
      if (item.text !== undefined && item.style) {
        slide.addText(item.text, {
          ...options,
          ...textOptions({ valign: 'middle', ...item.style }, lang),
          shape: item.shape,
          margin: 4,
        });
      } else {
        slide.addShape(item.shape, options);
      }
      return;
    }
    case 'line': {
      const [[x1, y1], [x2, y2]] = [item.from, item.to];
      slide.addShape('line', {
        x: inches(Math.min(x1, x2)),
        y: inches(Math.min(y1, y2)),
        w: inches(Math.abs(x2 - x1)),
        h: inches(Math.abs(y2 - y1)),
        // A line shape runs from its box's top-left corner; flipping gives the other diagonal.
        flipV: (x2 - x1) * (y2 - y1) < 0,
        line: lineOf(item.stroke),
      });
      return;
    }
    case 'path': {
      const xs = item.points.map(([x]) => x);
      const ys = item.points.map(([, y]) => y);
      const left = Math.min(...xs);
      const top = Math.min(...ys);
      const vertices: NonNullable<PptxGenJS.ShapeProps['points']> = item.points.map(
        ([x, y], i) => ({
          x: inches(x - left),
          y: inches(y - top),
          ...(i === 0 && { moveTo: true }),
        }),
      );
      // PptxGenJS's SHAPE_NAME type omits custGeom, the freeform its writer supports.
      slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
        x: inches(left),
        y: inches(top),
        w: inches(Math.max(...xs) - left),
        h: inches(Math.max(...ys) - top),
        points: item.closed ? [...vertices, { close: true }] : vertices,
        fill: item.fill ? { color: hex(item.fill) } : { type: 'none' },
        line: item.stroke ? lineOf(item.stroke) : { type: 'none' },
      });
      return;
    }
    case 'chart':
      slide.addChart(pptx.ChartType[item.chart.type], [...item.chart.series], {
        ...position(item.box),
        ...item.chart.options,
      });
  }
}

function lineOf(stroke: Stroke): PptxGenJS.ShapeLineProps {
  return {
    color: hex(stroke.colour),
    width: points(stroke.width),
    ...(stroke.dash && { dashType: stroke.dash }),
  };
}

/** The whole deck in one language, 16:9, one PowerPoint slide per briefing slide. */
export function buildPptx(words: DeckWords): PptxGenJS {
  const pptx = new PptxGenJS();
  const lang = LANGUAGES[words.lang].intl;
  pptx.layout = 'LAYOUT_WIDE';
  Object.assign(pptx, deckProperties(words));
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  SLIDES.forEach((descriptor, index) => {
    const plan = slidePlan(descriptor, index, SLIDES.length, words);
    const slide = pptx.addSlide();
    slide.background = { color: hex(PALETTE.paper) };
    for (const item of plan.drawn) draw(pptx, slide, item, lang);
    slide.addNotes(plan.notes);
  });
  return pptx;
}

/** The .pptx file's bytes. */
export async function pptxBytes(pptx: PptxGenJS): Promise<Uint8Array> {
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('PptxGenJS did not return bytes');
  return out;
}
