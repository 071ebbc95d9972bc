/*
 * One briefing slide → what goes on its PowerPoint slide, in design pixels: the flags' band,
 * the title, lead and points as text boxes, the charts in their slots, the caveat, the
 * footer, and the speaker notes. Pure: the words come in, plain data goes out.
 */
import { LANGUAGE_CODES, LANGUAGES } from '../../../core/languages.ts';
import { CROSS_CHECKS, formatSourceDate, SOURCES } from '../../data/sources.ts';
import { crossCheckValues, sourceTextValues } from '../../data/text-values.ts';
import type {
  ChartSlide,
  QuoteSlide,
  SlideDescriptor,
  StatementSlide,
  TitleSlide,
} from '../../deck/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { PALETTE } from '../../styles/palette.ts';
import { chartInSlot } from './chart-frames.ts';
import { STAGE, type Box, type Drawn, type Run, type SlidePlan } from './drawing.ts';
import type { DeckWords } from './words.ts';

/** The stage's padding (stage.css): 72 px above, 120 px either side. */
const MARGIN = { x: 120, top: 72 } as const;
const CONTENT_WIDTH = STAGE.width - 2 * MARGIN.x;
const FOOTER_Y = 1016;
const CAVEAT = { y: 900, h: 84 } as const;

/** The thin band of both flags' colours across the top: the deck's signature. */
function band(height: number): Drawn[] {
  const stripe = (from: number, to: number, fill: string): Drawn => ({
    kind: 'shape',
    shape: 'rect',
    box: { x: from * STAGE.width, y: 0, w: (to - from) * STAGE.width, h: height },
    fill,
  });
  return [
    stripe(0, 0.45, PALETTE.steppe),
    stripe(0.45, 0.55, PALETTE.gold),
    stripe(0.55, 1, PALETTE.vermilion),
  ];
}

function footer(index: number, total: number, words: DeckWords): Drawn[] {
  const { lang } = words;
  const box = { x: MARGIN.x, y: FOOTER_Y, w: CONTENT_WIDTH, h: 36 };
  const style = { size: 20, colour: PALETTE.muted } as const;
  return [
    { kind: 'text', box, text: words.common('app.name'), style },
    {
      kind: 'text',
      box,
      text: `${formatNumber(lang, index + 1)} / ${formatNumber(lang, total)}`,
      style: { ...style, align: 'right' },
    },
  ];
}

/** Title and lead, as the slide header draws them; returns where the content may start. */
function header(slide: SlideDescriptor, words: DeckWords): { drawn: Drawn[]; bottom: number } {
  const title = words.slide(slide.title);
  const lead = words.slide(slide.lead);
  // Estimated lines at the stage's width: about 50 characters of the 60 px bold title a line,
  // 95 of the 32 px lead (Arial averages about half an em a character in all three languages).
  const titleHeight = Math.min(2, Math.ceil(title.length / 50)) * 80 + 16;
  const leadHeight = Math.min(3, Math.ceil(lead.length / 95)) * 45 + 10;
  const leadTop = MARGIN.top - 8 + titleHeight;
  return {
    drawn: [
      {
        kind: 'text',
        box: { x: MARGIN.x, y: MARGIN.top - 8, w: CONTENT_WIDTH, h: titleHeight },
        text: title,
        style: { size: 60, colour: PALETTE.ink, bold: true, valign: 'middle' },
      },
      {
        kind: 'text',
        box: { x: MARGIN.x, y: leadTop, w: CONTENT_WIDTH - 120, h: leadHeight },
        text: lead,
        style: { size: 32, colour: PALETTE.muted },
      },
    ],
    bottom: leadTop + leadHeight + 24,
  };
}

function titleSlide(slide: TitleSlide, words: DeckWords): Drawn[] {
  const stripes: Drawn[] = band(24).map((d) =>
    d.kind === 'shape' ? { ...d, box: { ...d.box, y: 380 } } : d,
  );
  return [
    ...stripes,
    {
      kind: 'text',
      box: { x: MARGIN.x, y: 420, w: CONTENT_WIDTH, h: 260 },
      text: words.slide(slide.title),
      style: { size: 96, colour: PALETTE.ink, bold: true, valign: 'middle' },
    },
    {
      kind: 'text',
      box: { x: MARGIN.x, y: 700, w: CONTENT_WIDTH, h: 160 },
      text: words.slide(slide.lead),
      style: { size: 40, colour: PALETTE.muted },
    },
  ];
}

function chartSlide(slide: ChartSlide, words: DeckWords, top: number): Drawn[] {
  const bottom = slide.caveat ? CAVEAT.y - 20 : FOOTER_Y - 30;
  const gap = 40;
  const width = (CONTENT_WIDTH - gap * (slide.charts.length - 1)) / slide.charts.length;
  const text = { lang: words.lang, t: words.data };
  const charts = slide.charts.flatMap((id, i) =>
    chartInSlot(id, text, { x: MARGIN.x + i * (width + gap), y: top, w: width, h: bottom - top }),
  );
  if (!slide.caveat) return charts;
  const caveat: Box = { x: MARGIN.x, y: CAVEAT.y, w: CONTENT_WIDTH, h: CAVEAT.h };
  return [
    ...charts,
    {
      kind: 'text',
      box: caveat,
      text: words.slide(slide.caveat),
      style: { size: 22, colour: PALETTE.ink, valign: 'middle' },
      fill: '#F6F1DF',
    },
    { kind: 'shape', shape: 'rect', box: { ...caveat, w: 6 }, fill: PALETTE.gold },
  ];
}

const POINT_COLOURS = [PALETTE.steppe, PALETTE.gold, PALETTE.vermilion] as const;

/** Three numbered cards side by side, each topped with one of the band's colours. */
function statementSlide(slide: StatementSlide, words: DeckWords, top: number): Drawn[] {
  const gap = 40;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  const height = Math.min(520, FOOTER_Y - 40 - top);
  return slide.points.flatMap((key, i): Drawn[] => {
    const x = MARGIN.x + i * (width + gap);
    return [
      {
        kind: 'shape',
        shape: 'rect',
        box: { x, y: top, w: width, h: height },
        fill: '#FFFFFF',
        stroke: { colour: PALETTE.rule, width: 1 },
      },
      {
        kind: 'shape',
        shape: 'rect',
        box: { x, y: top, w: width, h: 8 },
        fill: POINT_COLOURS[i] ?? PALETTE.steppe,
      },
      {
        kind: 'text',
        box: { x: x + 36, y: top + 36, w: width - 72, h: height - 72 },
        text: [
          { text: formatNumber(words.lang, i + 1), bold: true, colour: PALETTE.steppe },
          { text: words.slide(key), paragraph: true },
        ],
        style: { size: 34, colour: PALETTE.ink },
      },
    ];
  });
}

/** The saying large in the deck's language, smaller in the two others. */
function quoteSlide(slide: QuoteSlide, words: DeckWords): Drawn[] {
  const others: Run[] = LANGUAGE_CODES.filter((l) => l !== words.lang).flatMap((other, i) => [
    { text: `${LANGUAGES[other].name}  `, bold: true, colour: PALETTE.steppe, paragraph: i > 0 },
    { text: words.slide(slide.quote, other) },
  ]);
  return [
    {
      kind: 'text',
      box: { x: MARGIN.x, y: MARGIN.top, w: CONTENT_WIDTH, h: 96 },
      text: words.slide(slide.title),
      style: { size: 60, colour: PALETTE.ink, bold: true },
    },
    {
      kind: 'shape',
      shape: 'rect',
      box: { x: MARGIN.x, y: 250, w: 8, h: 260 },
      fill: PALETTE.gold,
    },
    {
      kind: 'text',
      box: { x: MARGIN.x + 40, y: 250, w: CONTENT_WIDTH - 40, h: 260 },
      text: words.slide(slide.quote),
      style: { size: 54, colour: PALETTE.ink, italic: true, valign: 'middle' },
    },
    {
      kind: 'text',
      box: { x: MARGIN.x + 40, y: 530, w: CONTENT_WIDTH - 40, h: 80 },
      text: words.slide(slide.lead),
      style: { size: 28, colour: PALETTE.muted },
    },
    {
      kind: 'text',
      box: { x: MARGIN.x + 40, y: 660, w: CONTENT_WIDTH - 40, h: 300 },
      text: others,
      style: { size: 26, colour: PALETTE.ink },
    },
  ];
}

/** Every source and cross-check note, in two columns of small text as on screen. */
export function sourceRuns(words: DeckWords): { sources: Run[]; notes: Run[] } {
  const t = words.data;
  const values = sourceTextValues(words.lang);
  const checks = crossCheckValues(words.lang);
  const sources: Run[] = [
    { text: t('sourceList.sourcesHeading'), bold: true, colour: PALETTE.steppe },
    ...SOURCES.flatMap((s, i): Run[] => {
      const date = formatSourceDate(words.lang, s);
      const where = s.url ? (s.alsoAt ? `${s.url}; ${s.alsoAt}` : s.url) : undefined;
      const details = [date, where, s.note && t(s.note, values)].filter(Boolean).join(' · ');
      return [
        {
          text: `${formatNumber(words.lang, i + 1)}. ${t(s.title, values)}`,
          bold: true,
          paragraph: true,
        },
        {
          text: `${details ? ` · ${details}` : ''} · ${t('sourceList.backsLabel')} ${t(s.description)}`,
          colour: PALETTE.muted,
        },
      ];
    }),
  ];
  const notes: Run[] = [
    { text: t('sourceList.notesHeading'), bold: true, colour: PALETTE.steppe, paragraph: true },
    ...CROSS_CHECKS.map((c): Run => ({
      text: t(`crossChecks.${c.id}`, checks),
      paragraph: true,
      bullet: true,
    })),
  ];
  return { sources, notes };
}

function sourcesSlide(words: DeckWords, top: number): Drawn[] {
  const { sources, notes } = sourceRuns(words);
  const half = Math.ceil(sources.length / 2);
  // Cut between two sources (a title run starts each), never inside one.
  const cut = half % 2 === 1 ? half : half + 1;
  const gap = 56;
  const width = (CONTENT_WIDTH - gap) / 2;
  const style = { size: 18, colour: PALETTE.ink } as const;
  const height = FOOTER_Y - 16 - top;
  return [
    {
      kind: 'text',
      box: { x: MARGIN.x, y: top, w: width, h: height },
      text: sources.slice(0, cut),
      style,
    },
    {
      kind: 'text',
      box: { x: MARGIN.x + width + gap, y: top, w: width, h: height },
      text: [...sources.slice(cut), ...notes],
      style,
    },
  ];
}

/** The slide's content below its header, by layout. */
function body(slide: SlideDescriptor, words: DeckWords): Drawn[] {
  switch (slide.layout) {
    case 'title':
      return titleSlide(slide, words);
    case 'quote':
      return quoteSlide(slide, words);
    default: {
      const head = header(slide, words);
      const content =
        slide.layout === 'chart'
          ? chartSlide(slide, words, head.bottom)
          : slide.layout === 'statement'
            ? statementSlide(slide, words, head.bottom)
            : sourcesSlide(words, head.bottom);
      return [...head.drawn, ...content];
    }
  }
}

/** A slide of the deck as a PowerPoint slide: its drawing and its speaker notes. */
export function slidePlan(
  slide: SlideDescriptor,
  index: number,
  total: number,
  words: DeckWords,
): SlidePlan {
  const drawn = [
    ...(slide.layout === 'title' ? [] : band(12)),
    ...body(slide, words),
    ...footer(index, total, words),
  ];
  return { drawn, notes: words.slide(slide.notes) };
}
