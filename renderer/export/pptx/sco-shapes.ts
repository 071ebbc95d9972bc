/* The SCO's sixteen areas as native rounded tiles and text, on the screen's grid. */
import { LABEL_FONT } from '../../charts/chart-kit.ts';
import { scoAreasModel, scoTileGrid, SUMMARY } from '../../charts/sco-areas-model.ts';
import type { ChartText } from '../../charts/types.ts';
import type { ScoGroup } from '../../data/sco-areas.ts';
import { PALETTE } from '../../styles/palette.ts';
import type { Box, Drawn } from './drawing.ts';

const GROUP_COLOUR: Record<ScoGroup, { solid: string; tint: string; text: string }> = {
  security: { solid: PALETTE.vermilion, tint: PALETTE.vermilionTint, text: PALETTE.vermilion },
  economy: { solid: PALETTE.steppe, tint: PALETTE.steppeTint, text: PALETTE.steppe },
  society: { solid: PALETTE.slate, tint: PALETTE.paper, text: PALETTE.ink },
};

/** The SCO's sixteen areas in three groups of rounded tiles, the screen's grid. */
export function scoAreasShapes(text: ChartText, box: Box): Drawn[] {
  const model = scoAreasModel(text);
  const grid = scoTileGrid(box.w, box.h);
  const top = box.y + SUMMARY;
  const total: Drawn = {
    kind: 'text',
    box: { x: box.x, y: box.y, w: box.w, h: SUMMARY - 4 },
    text: model.total,
    style: { size: LABEL_FONT, colour: PALETTE.muted },
  };
  const groups = model.groups.flatMap((g, gi): Drawn[] => {
    const left = box.x + (grid.groupX[gi] ?? 0);
    const colour = GROUP_COLOUR[g.id];
    return [
      {
        kind: 'shape',
        shape: 'rect',
        box: { x: left, y: top, w: grid.groupWidth, h: 6 },
        fill: colour.solid,
      },
      {
        kind: 'text',
        box: { x: left, y: top + 10, w: grid.groupWidth, h: 44 },
        text: [
          { text: `${g.count}  `, bold: true },
          { text: g.name, bold: true },
        ],
        style: { size: 24, colour: colour.text },
      },
      ...g.areas.map((area, i): Drawn => {
        const at = grid.tile(i);
        return {
          kind: 'shape',
          shape: 'roundRect',
          box: { x: left + at.x, y: top + at.y, w: grid.tileWidth, h: grid.tileHeight },
          fill: colour.tint,
          stroke: { colour: colour.solid, width: 2 },
          text: area.name,
          style: { size: LABEL_FONT, colour: PALETTE.ink, align: 'center' },
        };
      }),
    ];
  });
  return [total, ...groups];
}
