import { DERIVED } from '../data/derived.ts';
import {
  SCO_AREAS_SOURCE,
  SCO_GROUPS,
  scoAreasOf,
  type ScoAreaId,
  type ScoGroup,
} from '../data/sco-areas.ts';
import { formatNumber } from '../i18n/format.ts';
import type { ChartText, FrameModel } from './types.ts';

const COLUMNS_PER_GROUP = 2;
/** Portrait: the groups one under another, each three tiles wide. */
const STACKED_COLUMNS = 3;
const GAP = 12;
const GROUP_GAP = 36;
/** Room for a group's heading above its tiles, and for the total above the groups. */
const HEADER = 64;
export const SUMMARY = 40;

export interface ScoGroupModel {
  readonly id: ScoGroup;
  readonly name: string;
  readonly count: string;
  readonly areas: readonly { readonly id: ScoAreaId; readonly name: string }[];
}

export interface ScoAreasModel extends FrameModel {
  /** "16 areas of cooperation", above the groups. */
  readonly total: string;
  readonly groups: readonly ScoGroupModel[];
}

/** The article's 16 areas of SCO cooperation in three groups (our grouping). */
export function scoAreasModel({ lang, t }: ChartText): ScoAreasModel {
  const groups = SCO_GROUPS.map((g) => ({
    id: g,
    name: t(`charts.sco-areas.groups.${g}`),
    count: formatNumber(lang, scoAreasOf(g).length),
    areas: scoAreasOf(g).map((id) => ({ id, name: t(`charts.sco-areas.areas.${id}`) })),
  }));
  return {
    title: t('charts.sco-areas.title'),
    sources: [SCO_AREAS_SOURCE],
    marks: DERIVED.scoAreaCount,
    total: t('charts.sco-areas.total', { count: formatNumber(lang, DERIVED.scoAreaCount) }),
    groups,
    table: {
      caption: t('charts.sco-areas.tableCaption'),
      head: [t('charts.sco-areas.group'), t('charts.sco-areas.count'), t('charts.sco-areas.list')],
      rows: groups.map((g) => [g.name, g.count, g.areas.map((a) => a.name).join(', ')]),
    },
  };
}

export interface TileGrid {
  readonly groupWidth: number;
  /** Left edge and top of each group, in SCO_GROUPS order. */
  readonly groupX: readonly number[];
  readonly groupY: readonly number[];
  readonly tileWidth: number;
  readonly tileHeight: number;
  /** A tile's top-left corner inside its group (below the group's heading). */
  readonly tile: (index: number) => { readonly x: number; readonly y: number };
}

/**
 * The groups side by side, each two tiles wide, tiles as tall as fit (at most 120 px); or,
 * `stacked` (the portrait slide's tall slot), one group under another, each three tiles wide
 * across the whole drawing.
 */
export function scoTileGrid(width: number, height: number, stacked = false): TileGrid {
  const columns = stacked ? STACKED_COLUMNS : COLUMNS_PER_GROUP;
  const groupWidth = stacked
    ? width
    : (width - GROUP_GAP * (SCO_GROUPS.length - 1)) / SCO_GROUPS.length;
  const tileWidth = (groupWidth - GAP * (columns - 1)) / columns;
  const rows = SCO_GROUPS.map((g) => Math.ceil(scoAreasOf(g).length / columns));
  const tileHeight = stacked
    ? Math.min(
        110,
        (height -
          SUMMARY -
          SCO_GROUPS.length * HEADER -
          (SCO_GROUPS.length - 1) * GROUP_GAP -
          rows.reduce((sum, r) => sum + GAP * (r - 1), 0)) /
          rows.reduce((sum, r) => sum + r, 0),
      )
    : Math.min(
        120,
        (height - SUMMARY - HEADER - GAP * (Math.max(...rows) - 1)) / Math.max(...rows),
      );
  const groupHeight = (r: number) => HEADER + r * tileHeight + (r - 1) * GAP;
  const groupY = stacked
    ? rows.map((_, gi) => rows.slice(0, gi).reduce((sum, r) => sum + groupHeight(r) + GROUP_GAP, 0))
    : rows.map(() => 0);
  return {
    groupWidth,
    groupX: SCO_GROUPS.map((_, gi) => (stacked ? 0 : gi * (groupWidth + GROUP_GAP))),
    groupY,
    tileWidth,
    tileHeight,
    tile: (i) => ({
      x: (i % columns) * (tileWidth + GAP),
      y: HEADER + Math.floor(i / columns) * (tileHeight + GAP),
    }),
  };
}
