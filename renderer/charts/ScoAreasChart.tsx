import { Text } from 'recharts';
import type { ScoGroup } from '../data/sco-areas.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { LABEL_FONT, wrapWords } from './chart-kit.ts';
import { scoAreasModel, scoTileGrid, SUMMARY } from './sco-areas-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

const GROUP_COLOUR: Record<ScoGroup, { solid: string; tint: string; text: string }> = {
  security: { solid: PALETTE.vermilion, tint: PALETTE.vermilionTint, text: PALETTE.vermilion },
  economy: { solid: PALETTE.steppe, tint: PALETTE.steppeTint, text: PALETTE.steppe },
  // Gold is too light for text and thin lines on paper: the third group uses slate.
  society: { solid: PALETTE.slate, tint: PALETTE.paper, text: PALETTE.ink },
};

/**
 * The article's 16 areas of SCO cooperation as a grid of tiles in three groups
 * (sco-areas-model.ts), drawn in SVG so it prints like the other charts.
 */
export function ScoAreasChart({ width, height }: ChartProps) {
  const { model, orientation } = useChartModel(scoAreasModel);

  return (
    <ChartFrame
      chartId="sco-areas"
      {...frameProps(model)}
      width={width}
      height={height}
      animated={false}
    >
      {(size) => {
        const grid = scoTileGrid(size.width, size.height, orientation === 'portrait');
        return (
          <ChartSvg width={size.width} height={size.height}>
            <text
              x={0}
              y={26}
              style={{ fontFamily: FONT_FAMILY, fontSize: LABEL_FONT, fill: PALETTE.muted }}
            >
              {model.total}
            </text>
            {model.groups.map((group, gi) => {
              const colour = GROUP_COLOUR[group.id];
              return (
                <g
                  key={group.id}
                  transform={`translate(${grid.groupX[gi] ?? 0}, ${SUMMARY + (grid.groupY[gi] ?? 0)})`}
                >
                  <rect x={0} y={0} width={grid.groupWidth} height={6} fill={colour.solid} />
                  <Text
                    x={0}
                    y={18}
                    width={grid.groupWidth - 70}
                    maxLines={2}
                    verticalAnchor="start"
                    style={{ fontFamily: FONT_FAMILY, fontSize: 24, fontWeight: 700 }}
                    fill={colour.text}
                  >
                    {group.name}
                  </Text>
                  <text
                    x={grid.groupWidth}
                    y={42}
                    textAnchor="end"
                    style={{
                      fontFamily: FONT_FAMILY,
                      fontSize: 34,
                      fontWeight: 700,
                      fill: colour.text,
                    }}
                  >
                    {group.count}
                  </text>
                  {group.areas.map((area, i) => {
                    const { x, y } = grid.tile(i);
                    return (
                      <g key={area.id} data-mark={`sco-${area.id}`}>
                        <rect
                          x={x}
                          y={y}
                          width={grid.tileWidth}
                          height={grid.tileHeight}
                          rx={8}
                          fill={colour.tint}
                          stroke={colour.solid}
                          strokeWidth={2}
                        />
                        <TileText
                          x={x + grid.tileWidth / 2}
                          y={y + grid.tileHeight / 2}
                          width={grid.tileWidth - 20}
                          text={area.name}
                        />
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </ChartSvg>
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
