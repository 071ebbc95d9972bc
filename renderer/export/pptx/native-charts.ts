/*
 * The deck's data charts as native PowerPoint charts: the numbers go into the chart's data
 * sheet (what "Edit data" opens) with their years as categories, and the words, colours and
 * number formats follow the screen's chart models (renderer/charts/*-model.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import { investmentModel } from '../../charts/investment-model.ts';
import { tradeGrowthModel } from '../../charts/trade-growth-model.ts';
import { tradeReportedModel } from '../../charts/trade-reported-model.ts';
import { tradeShareModel, type DonutModel } from '../../charts/trade-share-model.ts';
import type { ChartText } from '../../charts/types.ts';
import { LANGUAGES, type Language } from '../../../core/languages.ts';
import { formatYear } from '../../i18n/format.ts';
import { FONT_FACE } from './fonts.ts';
import { PALETTE } from '../../styles/palette.ts';
import { points, type NativeChart } from './drawing.ts';

/** PptxGenJS writes colours without the hash. */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/**
 * Amounts in US$ bn: one decimal, more only where a value needs them (1992's 0.368).
 * A format code is not translated: PowerPoint writes it with the reader's separators.
 */
export const BN_FORMAT = '#,##0.0##';
const PERCENT_FORMAT = '0.0"%"';

const LABEL_PX = 20;
const TICK_PX = 18;

/** What every bar chart of the deck shares: sans text, ink labels, no gridline clutter. */
function barOptions(lang: Language, unit: string): PptxGenJS.IChartOpts {
  return {
    barDir: 'col',
    lang: LANGUAGES[lang].intl,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFormatCode: BN_FORMAT,
    dataLabelFontFace: FONT_FACE,
    dataLabelFontSize: points(LABEL_PX),
    dataLabelFontBold: true,
    dataLabelColor: hex(PALETTE.ink),
    catAxisLabelFontFace: FONT_FACE,
    catAxisLabelFontSize: points(TICK_PX),
    catAxisLabelColor: hex(PALETTE.ink),
    valAxisLabelFontFace: FONT_FACE,
    valAxisLabelFontSize: points(TICK_PX),
    valAxisLabelColor: hex(PALETTE.muted),
    valAxisLabelFormatCode: '#,##0',
    valGridLine: { color: hex(PALETTE.rule), size: 0.5 },
    catAxisLineColor: hex(PALETTE.ink),
    showValAxisTitle: true,
    valAxisTitle: unit,
    valAxisTitleFontFace: FONT_FACE,
    valAxisTitleFontSize: points(TICK_PX),
    valAxisTitleColor: hex(PALETTE.muted),
    barGapWidthPct: 60,
  };
}

/** 1992, 2023 and the 2030 target: one series, the target in slate as on screen. */
export function tradeGrowthChart(text: ChartText): NativeChart {
  const model = tradeGrowthModel(text, false);
  return {
    type: 'bar',
    series: [
      {
        name: text.t('charts.trade-growth.trade'),
        labels: model.rows.map((r) => model.categoryLabel(r)),
        values: model.rows.map((r) => r.value),
      },
    ],
    options: {
      ...barOptions(text.lang, text.t('charts.trade-reported.axis')),
      chartColors: model.rows.map((r) => hex(r.isTarget ? PALETTE.slate : PALETTE.steppe)),
      showLegend: false,
      showCatAxisTitle: true,
      catAxisTitle: text.t('charts.trade-growth.year'),
      catAxisTitleFontFace: FONT_FACE,
      catAxisTitleFontSize: points(TICK_PX),
      catAxisTitleColor: hex(PALETTE.muted),
    },
  };
}

/**
 * China's figure for every year one exists, Kazakhstan's beside it where it exists (a gap
 * elsewhere): two series, Kazakhstan's in the steppe blue the screen hatches.
 */
export function tradeReportedChart(text: ChartText): NativeChart {
  const model = tradeReportedModel(text);
  const labels = model.rows.map((r) => formatYear(text.lang, Number(r.year)));
  return {
    type: 'bar',
    series: [
      {
        name: text.t('charts.trade-reported.china'),
        labels,
        values: model.rows.map((r) => r.china),
      },
      {
        name: text.t('charts.trade-reported.kazakhstan'),
        labels,
        // A year without a Kazakh figure is an empty cell (PptxGenJS writes null as empty),
        // so the chart leaves a gap rather than drawing a zero.
        values: model.rows.map((r) => r.kz?.value ?? (null as unknown as number)),
      },
    ],
    options: {
      ...barOptions(text.lang, text.t('charts.trade-reported.axis')),
      barGrouping: 'clustered',
      chartColors: [hex(PALETTE.vermilion), hex(PALETTE.steppe)],
      dataLabelFontSize: points(16),
      displayBlanksAs: 'gap',
      showLegend: true,
      legendPos: 't',
      legendFontFace: FONT_FACE,
      legendFontSize: points(TICK_PX),
      legendColor: hex(PALETTE.ink),
    },
  };
}

/** One of the two rings of the share chart: its slices as one series, each slice its colour. */
function donut(text: ChartText, ring: DonutModel): NativeChart {
  return {
    type: 'doughnut',
    series: [
      {
        name: ring.heading,
        labels: ring.slices.map((s) => s.name),
        values: ring.slices.map((s) => s.value),
      },
    ],
    options: {
      lang: LANGUAGES[text.lang].intl,
      holeSize: 55,
      // The article's "everything else" is paper on screen, outlined; a light rule colour
      // keeps it from reading as another partner where an outline cannot be given alone.
      chartColors: ring.slices.map((s) =>
        hex(s.colour === PALETTE.paper ? PALETTE.rule : s.colour),
      ),
      dataBorder: { pt: 1, color: hex(PALETTE.paper) },
      showValue: true,
      showPercent: false,
      dataLabelFormatCode: PERCENT_FORMAT,
      dataLabelFontFace: FONT_FACE,
      dataLabelFontSize: points(18),
      dataLabelFontBold: true,
      dataLabelColor: hex(PALETTE.ink),
      dataLabelPosition: 'bestFit',
      showLegend: true,
      legendPos: 'r',
      legendFontFace: FONT_FACE,
      legendFontSize: points(TICK_PX),
      legendColor: hex(PALETTE.ink),
      showTitle: true,
      title: ring.heading,
      titleFontFace: FONT_FACE,
      titleFontSize: points(22),
      titleColor: hex(PALETTE.ink),
    },
  };
}

/** The article's 28.3 % and Kazakhstan's shares by partner: two doughnuts. */
export function tradeShareCharts(text: ChartText): readonly [NativeChart, NativeChart] {
  const model = tradeShareModel(text);
  return [donut(text, model.article), donut(text, model.reported)];
}

/** The yearly inflows as bars (the cumulative total is a number beside them, not a bar). */
export function investmentChart(text: ChartText): NativeChart {
  const model = investmentModel(text);
  return {
    type: 'bar',
    series: [
      {
        name: text.t('charts.investment.yearlyHeading'),
        labels: model.rows.map((r) => formatYear(text.lang, Number(r.year))),
        values: model.rows.map((r) => r.value),
      },
    ],
    options: {
      ...barOptions(text.lang, text.t('charts.trade-reported.axis')),
      chartColors: [hex(PALETTE.steppe)],
      dataLabelFormatCode: '#,##0.00',
      valAxisLabelFormatCode: '#,##0.0',
      showLegend: false,
    },
  };
}
