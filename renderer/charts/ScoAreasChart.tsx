import { useTranslation } from 'react-i18next';
import { Text } from 'recharts';
import { DERIVED } from '../data/derived.ts';
import { SCO_AREAS_SOURCE, SCO_GROUPS, scoAreasOf, type ScoGroup } from '../data/sco-areas.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { formatNumber } from '../i18n/format.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { LABEL_FONT, wrapWords } from './chart-kit.ts';

const GROUP_COLOUR: Record<ScoGroup, { solid: string; tint: string; text: string }> = {
  security: { solid: PALETTE.vermilion, tint: PALETTE.vermilionTint, text: PALETTE.vermilion },
  economy: { solid: PALETTE.steppe, tint: PALETTE.steppeTint, text: PALETTE.steppe },
  // Gold is too light for text and thin lines on paper: the third group uses slate.
  society: { solid: PALETTE.slate, tint: PALETTE.paper, text: PALETTE.ink },
};

const COLUMNS_PER_GROUP = 2;
const GAP = 12;
const GROUP_GAP = 36;
const HEADER = 64;
const SUMMARY = 40;

/**
 * The article's 16 areas of SCO cooperation as a grid of tiles in three groups (our
 * grouping: security, economy, society), drawn in SVG so it prints like the other charts.
 */
export function ScoAreasChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang } = useRenderContext();
  const groupName = (g: ScoGroup) => t(`charts.sco-areas.groups.${g}`);
  const areaName = (id: ReturnType<typeof scoAreasOf>[number]) => t(`charts.sco-areas.areas.${id}`);

  const table = {
    caption: t('charts.sco-areas.tableCaption'),
    head: [t('charts.sco-areas.group'), t('charts.sco-areas.count'), t('charts.sco-areas.list')],
    rows: SCO_GROUPS.map((g) => [
      groupName(g),
      formatNumber(lang, scoAreasOf(g).length),
      scoAreasOf(g).map(areaName).join(', '),
    ]),
  };

  return (
    <ChartFrame
      chartId="sco-areas"
      title={t('charts.sco-areas.title')}
      sources={[SCO_AREAS_SOURCE]}
      table={table}
      width={width}
      height={height}
      marks={DERIVED.scoAreaCount}
      animated={false}
    >
      {(size) => {
        const groupWidth = (size.width - GROUP_GAP * (SCO_GROUPS.length - 1)) / SCO_GROUPS.length;
        const tileWidth = (groupWidth - GAP * (COLUMNS_PER_GROUP - 1)) / COLUMNS_PER_GROUP;
        const maxRows = Math.max(
          ...SCO_GROUPS.map((g) => Math.ceil(scoAreasOf(g).length / COLUMNS_PER_GROUP)),
        );
        const tileHeight = Math.min(
          120,
          (size.height - SUMMARY - HEADER - GAP * (maxRows - 1)) / maxRows,
        );
        return (
          <svg
            width={size.width}
            height={size.height}
            role="presentation"
            style={{ fontFamily: FONT_FAMILY, display: 'block' }}
          >
            <text
              x={0}
              y={26}
              style={{ fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fill: PALETTE.muted }}
            >
              {t('charts.sco-areas.total', { count: formatNumber(lang, DERIVED.scoAreaCount) })}
            </text>
            {SCO_GROUPS.map((g, gi) => {
              const gx = gi * (groupWidth + GROUP_GAP);
              const colour = GROUP_COLOUR[g];
              const areas = scoAreasOf(g);
              return (
                <g key={g} transform={`translate(${gx}, ${SUMMARY})`}>
                  <rect x={0} y={0} width={groupWidth} height={6} fill={colour.solid} />
                  <Text
                    x={0}
                    y={18}
                    width={groupWidth - 70}
                    maxLines={2}
                    verticalAnchor="start"
                    style={{ fontFamily: FONT_FAMILY, fontSize: 24, fontWeight: 700 }}
                    fill={colour.text}
                  >
                    {groupName(g)}
                  </Text>
                  <text
                    x={groupWidth}
                    y={42}
                    textAnchor="end"
                    style={{
                      fontFamily: FONT_FAMILY,
                      fontSize: 34,
                      fontWeight: 700,
                      fill: colour.text,
                    }}
                  >
                    {formatNumber(lang, areas.length)}
                  </text>
                  {areas.map((id, i) => {
                    const col = i % COLUMNS_PER_GROUP;
                    const row = Math.floor(i / COLUMNS_PER_GROUP);
                    const x = col * (tileWidth + GAP);
                    const y = HEADER + row * (tileHeight + GAP);
                    return (
                      <g key={id} data-mark={`sco-${id}`}>
                        <rect
                          x={x}
                          y={y}
                          width={tileWidth}
                          height={tileHeight}
                          rx={8}
                          fill={colour.tint}
                          stroke={colour.solid}
                          strokeWidth={2}
                        />
                        <TileText
                          x={x + tileWidth / 2}
                          y={y + tileHeight / 2}
                          width={tileWidth - 20}
                          text={areaName(id)}
                        />
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFrame>
  );
}

/** An area's name, wrapped to the tile and centred in it (22 px, semibold). */
function TileText(props: { x: number; y: number; width: number; text: string }) {
  const lineHeight = Math.round(LABEL_FONT * 1.2);
  const lines = wrapWords(props.text, Math.max(6, Math.floor(props.width / (LABEL_FONT * 0.58))));
  const firstY = props.y - ((lines.length - 1) * lineHeight) / 2 + LABEL_FONT * 0.35;
  return (
    <text
      x={props.x}
      y={firstY}
      textAnchor="middle"
      style={{ fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fontWeight: 600, fill: PALETTE.ink }}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
