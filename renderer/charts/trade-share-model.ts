import { FIGURES, KZ_PARTNER_SHARES_2023, type PartnerId } from '../data/figures.ts';
import { formatPercent } from '../i18n/format.ts';
import { PALETTE } from '../styles/palette.ts';
import { LABEL_FONT, wrapWords } from './chart-kit.ts';
import type { ChartText, FrameModel } from './types.ts';

/** Partner colours: China keeps vermilion in both donuts; the rest are neutral or distinct. */
const PARTNER_COLOUR: Record<PartnerId, string> = {
  china: PALETTE.vermilion,
  russia: PALETTE.steppe,
  'eu-uk': PALETTE.gold,
  rest: PALETTE.slate,
};

export interface Slice {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly colour: string;
}

export interface DonutModel {
  readonly heading: string;
  readonly sub: string;
  readonly slices: readonly Slice[];
  /** The figure in the ring's centre: China's share. */
  readonly centre: string;
  /** The slices that get a label beside the ring. */
  readonly labelled: readonly string[];
}

export interface TradeShareModel extends FrameModel {
  readonly article: DonutModel;
  readonly reported: DonutModel;
  readonly percent: (value: number) => string;
}

/**
 * China's share of Kazakhstan's trade in 2023: the article's 28.3 % beside the shares
 * Kazakhstan's own statistics give each partner, two donuts each titled by who says so.
 */
export function tradeShareModel({ lang, t }: ChartText): TradeShareModel {
  const partnerName = (id: PartnerId) => t(`charts.trade-share.partners.${id}`);
  const percent = (v: number) => formatPercent(lang, v);
  const reported: Slice[] = KZ_PARTNER_SHARES_2023.map((p) => ({
    id: p.id,
    name: partnerName(p.id),
    value: p.percent,
    colour: PARTNER_COLOUR[p.id],
  }));
  return {
    title: t('charts.trade-share.title'),
    sources: ['article', 'wits'],
    marks: 2 + reported.length,
    percent,
    article: {
      heading: t('charts.trade-share.articleHeading'),
      sub: t('charts.trade-share.articleSub'),
      slices: [
        {
          id: 'china',
          name: partnerName('china'),
          value: FIGURES.share2023.value,
          colour: PARTNER_COLOUR.china,
        },
        {
          id: 'others',
          name: t('charts.trade-share.others'),
          value: 100 - FIGURES.share2023.value,
          // "Everything else" is an outlined ring, so it never reads as another partner.
          colour: PALETTE.paper,
        },
      ],
      centre: percent(FIGURES.share2023.value),
      labelled: ['china'],
    },
    reported: {
      heading: t('charts.trade-share.kazakhstanHeading'),
      sub: t('charts.trade-share.kazakhstanSub'),
      slices: reported,
      centre: percent(KZ_PARTNER_SHARES_2023[0]?.percent ?? 0),
      labelled: reported.map((s) => s.id),
    },
    table: {
      caption: t('charts.trade-share.tableCaption'),
      head: [
        t('charts.trade-share.partner'),
        t('charts.trade-share.articleColumn'),
        t('charts.trade-share.kazakhstanColumn'),
      ],
      rows: KZ_PARTNER_SHARES_2023.map((p) => [
        partnerName(p.id),
        p.id === 'china' ? percent(FIGURES.share2023.value) : t('frame.noFigure'),
        percent(p.percent),
      ]),
    },
  };
}

export interface SliceLabel {
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** Where the text starts (its anchor) and the baseline of its first line. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** The leader from the slice's edge to the text. */
  readonly leader: string;
}

const RADIAN = Math.PI / 180;

/**
 * A slice's label: in a column left or right of the ring, at the height of its slice (kept
 * inside the drawing), with a short leader line from the slice; the percentage, then the
 * name wrapped to the room beside the ring.
 */
export function sliceLabel(
  slice: { readonly value: string; readonly name: string },
  ring: { cx: number; cy: number; outer: number; midAngle: number },
  drawing: { width: number; height: number },
): SliceLabel {
  const { cx, cy, outer } = ring;
  const cos = Math.cos(-ring.midAngle * RADIAN);
  const sin = Math.sin(-ring.midAngle * RADIAN);
  const side = cos >= 0 ? 1 : -1;
  const x = cx + side * (outer + 28);
  const room = drawing.width / 2 - outer - 36;
  const lines = [
    slice.value,
    ...wrapWords(slice.name, Math.max(8, Math.floor(room / (LABEL_FONT * 0.55)))),
  ];
  const lineHeight = Math.round(LABEL_FONT * 1.2);
  const blockHeight = lines.length * lineHeight;
  const wanted = cy + (outer + 12) * sin - blockHeight / 2;
  const top = Math.min(Math.max(wanted, 4), drawing.height - blockHeight - 4);
  const edgeX = cx + (outer + 2) * cos;
  const edgeY = cy + (outer + 2) * sin;
  const lineEndY = Math.min(Math.max(edgeY, top + 8), top + blockHeight - 8);
  return {
    lines,
    lineHeight,
    x,
    y: top + LABEL_FONT,
    anchor: side > 0 ? 'start' : 'end',
    leader: `${edgeX},${edgeY} ${x - side * 16},${lineEndY} ${x - side * 6},${lineEndY}`,
  };
}
