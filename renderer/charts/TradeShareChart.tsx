import { useTranslation } from 'react-i18next';
import { Cell, Pie, PieChart, Tooltip, type PieLabelRenderProps } from 'recharts';
import { FIGURES, KZ_PARTNER_SHARES_2023, type PartnerId } from '../data/figures.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatPercent } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import {
  entryAnimation,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  TITLE_FONT,
  TOOLTIP_STYLE,
  wrapWords,
} from './chart-kit.ts';

/** Partner colours: China keeps vermilion in both donuts; the rest are neutral or distinct. */
const PARTNER_COLOUR: Record<PartnerId, string> = {
  china: PALETTE.vermilion,
  russia: PALETTE.steppe,
  'eu-uk': PALETTE.gold,
  rest: PALETTE.slate,
};

interface Slice {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly colour: string;
}

/**
 * China's share of Kazakhstan's trade in 2023: the article's 28.3 % beside the shares
 * Kazakhstan's own statistics give each partner. Two donuts, each titled by who says so.
 */
export function TradeShareChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang, animate } = useRenderContext();
  const partnerName = (id: PartnerId) => t(`charts.trade-share.partners.${id}`);
  const article: Slice[] = [
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
  ];
  const reported: Slice[] = KZ_PARTNER_SHARES_2023.map((p) => ({
    id: p.id,
    name: partnerName(p.id),
    value: p.percent,
    colour: PARTNER_COLOUR[p.id],
  }));
  const pct = (v: number) => formatPercent(lang, v);

  const table = {
    caption: t('charts.trade-share.tableCaption'),
    head: [
      t('charts.trade-share.partner'),
      t('charts.trade-share.articleColumn'),
      t('charts.trade-share.kazakhstanColumn'),
    ],
    rows: KZ_PARTNER_SHARES_2023.map((p) => [
      partnerName(p.id),
      p.id === 'china' ? pct(FIGURES.share2023.value) : t('frame.noFigure'),
      pct(p.percent),
    ]),
  };

  return (
    <ChartFrame
      chartId="trade-share"
      title={t('charts.trade-share.title')}
      sources={['article', 'wits']}
      table={table}
      width={width}
      height={height}
      marks={article.length + reported.length}
    >
      {(size) => {
        const half = Math.floor(size.width / 2);
        return (
          <div style={{ display: 'flex', width: size.width, height: size.height }}>
            <Donut
              part="article"
              width={half}
              height={size.height}
              heading={t('charts.trade-share.articleHeading')}
              sub={t('charts.trade-share.articleSub')}
              slices={article}
              centre={pct(FIGURES.share2023.value)}
              centreColour={PALETTE.vermilion}
              labelled={['china']}
              pct={pct}
              animate={animate}
            />
            <Donut
              part="reported"
              width={size.width - half}
              height={size.height}
              heading={t('charts.trade-share.kazakhstanHeading')}
              sub={t('charts.trade-share.kazakhstanSub')}
              slices={reported}
              centre={pct(KZ_PARTNER_SHARES_2023[0]?.percent ?? 0)}
              centreColour={PALETTE.vermilion}
              labelled={reported.map((s) => s.id)}
              pct={pct}
              animate={animate}
            />
          </div>
        );
      }}
    </ChartFrame>
  );
}

const RADIAN = Math.PI / 180;

function Donut(props: {
  /** Which of the two donuts: names its series. */
  part: 'article' | 'reported';
  width: number;
  height: number;
  heading: string;
  sub: string;
  slices: Slice[];
  centre: string;
  centreColour: string;
  labelled: readonly string[];
  pct: (v: number) => string;
  animate: boolean;
}) {
  const headingHeight = 70;
  const chartHeight = props.height - headingHeight;
  const outer = Math.min(chartHeight / 2 - 16, props.width / 4.6);
  const inner = outer * 0.58;
  const renderLabel = (p: PieLabelRenderProps) => {
    const slice = props.slices[p.index ?? -1];
    if (!slice || !props.labelled.includes(slice.id)) return null;
    const cx = Number(p.cx ?? 0);
    const cy = Number(p.cy ?? 0);
    const mid = Number(p.midAngle ?? 0);
    const cos = Math.cos(-mid * RADIAN);
    const sin = Math.sin(-mid * RADIAN);
    // Labels stand in a column left or right of the ring, at the height of their slice
    // (kept inside the drawing), with a short line from the slice.
    const side = cos >= 0 ? 1 : -1;
    const x = cx + side * (outer + 28);
    const room = props.width / 2 - outer - 36;
    const lines = [
      props.pct(slice.value),
      ...wrapWords(slice.name, Math.max(8, Math.floor(room / (LABEL_FONT * 0.55)))),
    ];
    const lineHeight = Math.round(LABEL_FONT * 1.2);
    const blockHeight = lines.length * lineHeight;
    const wanted = cy + (outer + 12) * sin - blockHeight / 2;
    const top = Math.min(Math.max(wanted, 4), chartHeight - blockHeight - 4);
    const edgeX = cx + (outer + 2) * cos;
    const edgeY = cy + (outer + 2) * sin;
    const lineEndY = Math.min(Math.max(edgeY, top + 8), top + blockHeight - 8);
    return (
      <g>
        <polyline
          points={`${edgeX},${edgeY} ${x - side * 16},${lineEndY} ${x - side * 6},${lineEndY}`}
          fill="none"
          stroke={PALETTE.slate}
          strokeWidth={1.5}
        />
        <text
          x={x}
          y={top + LABEL_FONT}
          textAnchor={side > 0 ? 'start' : 'end'}
          style={{ ...LABEL_STYLE, fontSize: LABEL_FONT }}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight} fontWeight={i === 0 ? 700 : 400}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  };
  return (
    <div style={{ width: props.width, height: props.height }}>
      <div style={{ height: headingHeight, textAlign: 'center', padding: '0 12px' }}>
        <div style={{ fontSize: TITLE_FONT - 2, fontWeight: 700 }}>{props.heading}</div>
        <div style={{ fontSize: 20, color: PALETTE.muted }}>{props.sub}</div>
      </div>
      <PieChart
        width={props.width}
        height={chartHeight}
        accessibilityLayer={false}
        style={{ fontFamily: FONT_FAMILY }}
      >
        <Pie
          id={seriesId('trade-share', props.part)}
          data={props.slices}
          dataKey="value"
          nameKey="name"
          innerRadius={inner}
          outerRadius={outer}
          startAngle={90}
          endAngle={-270}
          stroke={PALETTE.paper}
          strokeWidth={3}
          {...entryAnimation(props.animate)}
          label={renderLabel}
          labelLine={false}
          // The drawing is aria-hidden (the figure's table is its text alternative): a focus
          // stop inside it would be a keyboard trap that reads nothing.
          rootTabIndex={-1}
        >
          {props.slices.map((s) =>
            s.colour === PALETTE.paper ? (
              <Cell key={s.id} fill={PALETTE.paper} stroke={PALETTE.slate} strokeWidth={2} />
            ) : (
              <Cell key={s.id} fill={s.colour} />
            ),
          )}
        </Pie>
        <text
          x={props.width / 2}
          y={chartHeight / 2}
          textAnchor="middle"
          dominantBaseline="central"
          style={{
            fontFamily: FONT_FAMILY,
            fontSize: Math.round(inner * 0.42),
            fontWeight: 700,
            fill: props.centreColour,
          }}
        >
          {props.centre}
        </text>
        <Tooltip
          formatter={(v, name) => [props.pct(Number(v)), String(name)]}
          contentStyle={TOOLTIP_STYLE}
        />
      </PieChart>
    </div>
  );
}
