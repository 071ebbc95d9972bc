/*
 * Each chart of the deck as it goes on a PowerPoint slide: the heading and source caption of
 * its screen frame, and its drawing in a box (native charts for the data series, native
 * shapes for the drawings). A registry over every chart id, so a new chart does not compile
 * until it has a PowerPoint form too.
 */
import type { ChartId } from '../../../core/ids.ts';
import { investmentModel } from '../../charts/investment-model.ts';
import { milestonesModel } from '../../charts/milestones-model.ts';
import { routeModel } from '../../charts/route-model.ts';
import { scoAreasModel } from '../../charts/sco-areas-model.ts';
import { tradeGrowthModel } from '../../charts/trade-growth-model.ts';
import { tradeReportedModel } from '../../charts/trade-reported-model.ts';
import { tradeShareModel } from '../../charts/trade-share-model.ts';
import type { ChartText, FrameModel } from '../../charts/types.ts';
import { visitsModel } from '../../charts/visits-model.ts';
import { sourceById } from '../../data/sources.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn } from './drawing.ts';
import {
  investmentChart,
  tradeGrowthChart,
  tradeReportedChart,
  tradeShareCharts,
} from './native-charts.ts';
import { routeShapes } from './route-shapes.ts';
import { scoAreasShapes } from './sco-shapes.ts';
import { milestonesShapes, visitsShapes } from './time-shapes.ts';

interface ChartForm {
  readonly frame: (text: ChartText) => FrameModel;
  readonly draw: (text: ChartText, box: Box) => Drawn[];
}

const HEADING_PX = 26;
const SUB_PX = 20;

/** The cumulative total beside the yearly bars: a number, never a bar of its own. */
function investmentDrawing(text: ChartText, box: Box): Drawn[] {
  const model = investmentModel(text);
  const panel = Math.round(box.w * 0.32);
  const chartBox = { x: box.x + panel + 40, y: box.y, w: box.w - panel - 40, h: box.h };
  return [
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: box.x, y: box.y + 20, w: panel, h: box.h - 40 },
      fill: PALETTE.vermilionTint,
    },
    {
      kind: 'text',
      box: { x: box.x + 24, y: box.y + 40, w: panel - 48, h: box.h - 80 },
      text: [
        { text: text.t('charts.investment.cumulativeHeading'), bold: true, colour: PALETTE.muted },
        { text: model.total, bold: true, colour: PALETTE.vermilion, paragraph: true },
        { text: model.totalLabel, paragraph: true },
      ],
      style: { size: 28, colour: PALETTE.ink, valign: 'middle' },
    },
    {
      kind: 'text',
      box: { x: chartBox.x, y: box.y, w: chartBox.w, h: 60 },
      text: [
        { text: text.t('charts.investment.yearlyHeading'), bold: true },
        { text: text.t('charts.investment.yearlyLabel'), paragraph: true, colour: PALETTE.muted },
      ],
      style: { size: SUB_PX, colour: PALETTE.ink },
    },
    {
      kind: 'chart',
      box: { ...chartBox, y: chartBox.y + 64, h: chartBox.h - 64 },
      chart: investmentChart(text),
    },
  ];
}

/** The bars, and the growth factor in the room above the 1992 bar, as on screen. */
function tradeGrowthDrawing(text: ChartText, box: Box): Drawn[] {
  const { growthLabel } = tradeGrowthModel(text, false);
  return [
    { kind: 'chart', box, chart: tradeGrowthChart(text) },
    {
      kind: 'text',
      // The first of three categories, right of the value axis, halfway up the plot.
      box: { x: box.x + box.w * 0.13, y: box.y + box.h * 0.35, w: box.w * 0.26, h: 96 },
      text: growthLabel,
      style: { size: 30, colour: PALETTE.vermilion, bold: true, align: 'center' },
    },
  ];
}

/** The two rings side by side, each under its own heading and subheading. */
function tradeShareDrawing(text: ChartText, box: Box): Drawn[] {
  const model = tradeShareModel(text);
  const half = (box.w - 40) / 2;
  return tradeShareCharts(text).flatMap((chart, i): Drawn[] => {
    const ring = i === 0 ? model.article : model.reported;
    const x = box.x + i * (half + 40);
    return [
      {
        kind: 'text',
        box: { x, y: box.y + 4, w: half, h: 40 },
        text: ring.sub,
        style: { size: SUB_PX, colour: PALETTE.muted, align: 'center' },
      },
      { kind: 'chart', box: { x, y: box.y + 48, w: half, h: box.h - 48 }, chart },
    ];
  });
}

export const CHART_FORMS: Record<ChartId, ChartForm> = {
  milestones: { frame: milestonesModel, draw: milestonesShapes },
  'trade-growth': { frame: (text) => tradeGrowthModel(text, false), draw: tradeGrowthDrawing },
  'trade-reported': {
    frame: tradeReportedModel,
    draw: (text, box) => [{ kind: 'chart', box, chart: tradeReportedChart(text) }],
  },
  'trade-share': { frame: tradeShareModel, draw: tradeShareDrawing },
  investment: { frame: investmentModel, draw: investmentDrawing },
  visits: { frame: visitsModel, draw: visitsShapes },
  'sco-areas': { frame: scoAreasModel, draw: scoAreasShapes },
  'lianyungang-route': { frame: routeModel, draw: routeShapes },
};

/** The caption under a chart, as its screen frame writes it ("Source: …" or the model's own). */
export function sourceCaption(frame: FrameModel, { t }: ChartText): string {
  if (frame.caption) return frame.caption;
  const names = frame.sources.map((id) => t(sourceById(id).name));
  return names.length > 1
    ? t('frame.sourceMany', { list: names.join(t('frame.listSeparator')) })
    : t('frame.sourceOne', { list: names[0] ?? '' });
}

/** A chart in its slot: heading on top, drawing, source caption at the bottom. */
export function chartInSlot(id: ChartId, text: ChartText, slot: Box): Drawn[] {
  const form = CHART_FORMS[id];
  const frame = form.frame(text);
  const caption = sourceCaption(frame, text);
  // Long captions (the trade slide's) take three lines of the slot's width.
  const captionLines = Math.min(3, Math.ceil((caption.length * SUB_PX * 0.5) / slot.w));
  const captionHeight = captionLines * SUB_PX * 1.35 + 8;
  const headingHeight = 48;
  return [
    {
      kind: 'text',
      box: { x: slot.x, y: slot.y, w: slot.w, h: headingHeight },
      text: frame.title,
      style: { size: HEADING_PX, colour: PALETTE.ink, bold: true },
    },
    ...form.draw(text, {
      x: slot.x,
      y: slot.y + headingHeight + 8,
      w: slot.w,
      h: slot.h - headingHeight - captionHeight - 16,
    }),
    {
      kind: 'text',
      box: { x: slot.x, y: slot.y + slot.h - captionHeight, w: slot.w, h: captionHeight },
      text: caption,
      style: { size: SUB_PX, colour: PALETTE.muted, valign: 'bottom' },
    },
  ];
}
