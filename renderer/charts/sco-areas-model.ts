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
  /** Left edge of each group, in SCO_GROUPS order. */
  readonly groupX: readonly number[];
  readonly tileWidth: number;
  readonly tileHeight: number;
  /** A tile's top-left corner inside its group (below the group's heading). */
  readonly tile: (index: number) => { readonly x: number; readonly y: number };
}

/** The groups side by side, each two tiles wide, tiles as tall as fit (at most 120 px). */
export function scoTileGrid(width: number, height: number): TileGrid {
  const groupWidth = (width - GROUP_GAP * (SCO_GROUPS.length - 1)) / SCO_GROUPS.length;
  const tileWidth = (groupWidth - GAP * (COLUMNS_PER_GROUP - 1)) / COLUMNS_PER_GROUP;
  const maxRows = Math.max(
    ...SCO_GROUPS.map((g) => Math.ceil(scoAreasOf(g).length / COLUMNS_PER_GROUP)),
  );
  const tileHeight = Math.min(120, (height - SUMMARY - HEADER - GAP * (maxRows - 1)) / maxRows);
  return {
    groupWidth,
    groupX: SCO_GROUPS.map((_, gi) => gi * (groupWidth + GROUP_GAP)),
    tileWidth,
    tileHeight,
    tile: (i) => ({
      x: (i % COLUMNS_PER_GROUP) * (tileWidth + GAP),
      y: HEADER + Math.floor(i / COLUMNS_PER_GROUP) * (tileHeight + GAP),
    }),
  };
}
