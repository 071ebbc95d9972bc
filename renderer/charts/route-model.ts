import { formatMilestoneDate, milestoneById } from '../data/events.ts';
import { ROUTE_WAYPOINTS, type WaypointId } from '../data/route.ts';
import type { ChartText, FrameModel } from './types.ts';

/*
 * A schematic map, not Recharts: Kazakhstan (landlocked) → Khorgos on the border → across
 * China → the China–Kazakhstan logistics base at Lianyungang on the Yellow Sea → the
 * Pacific. Outlines are simplified by hand from longitude/latitude (equirectangular); they
 * only situate the route and make no claim about borders.
 */

type LonLat = readonly [number, number];

const VIEW = { west: 64, east: 140, north: 53, south: 27 } as const;

const KAZAKHSTAN: readonly LonLat[] = [
  [64, 55],
  [76, 54.5],
  [82, 51],
  [87, 49.2],
  [85, 47],
  [82.5, 45.5],
  [80.3, 45],
  [80.2, 42.3],
  [75, 42.8],
  [71, 42.3],
  [68, 41],
  [64, 40.5],
];

/** China's coast, from the south edge of the view to the mouth of the Yalu (Korean border). */
const CHINA_COAST: readonly LonLat[] = [
  [121, 27],
  [122, 30.5],
  [121.8, 31.5],
  [120.5, 33.5],
  [119.2, 34.6],
  [120, 36],
  [122.5, 37.3],
  [121, 37.6],
  [118.5, 38.5],
  [121.5, 39],
  [121, 40.8],
  [124.5, 40],
];

/** Korea's coast, from the Yalu round the peninsula to the Tumen. */
const KOREA_COAST: readonly LonLat[] = [
  [126, 37.5],
  [126.5, 34.5],
  [129.3, 35.2],
  [129.5, 37.5],
  [130, 42.3],
];

const CHINA: readonly LonLat[] = [
  [80.2, 42.3],
  [76, 40.5],
  [73.5, 39.5],
  [75, 36],
  [78, 33],
  [80, 27],
  ...CHINA_COAST,
  [128, 42],
  [131, 43],
  [134.5, 48.2],
  [130, 48.8],
  [126, 53],
  [120, 53],
  [119, 47],
  [112, 43.5],
  [105, 42],
  [96, 42.8],
  [91, 45.5],
  [87, 49.2],
  [85, 47],
  [82.5, 45.5],
  [80.3, 45],
];

const KOREA: readonly LonLat[] = [[124.5, 40], ...KOREA_COAST, [128, 42]];

const SEA: readonly LonLat[] = [...CHINA_COAST, ...KOREA_COAST, [133, 42.8], [140, 46], [140, 27]];

/** The overland route's shape between its named ends (the line itself, not stations). */
const OVERLAND: readonly LonLat[] = [
  [76.9, 43.2],
  [80.4, 44.2],
  [87.6, 43.8],
  [95, 41],
  [103.8, 36.1],
  [108.9, 34.3],
  [113.6, 34.7],
  [119.2, 34.6],
];

const SEA_ROUTE: readonly LonLat[] = [
  [119.2, 34.6],
  [123.5, 33.6],
  [127.5, 32.2],
  [135, 30.6],
];

/** The route's frame: heading, sources and the table of its places. */
export function routeModel({ lang, t }: ChartText): FrameModel & { readonly opened: string } {
  const opened = t('charts.lianyungang-route.baseOpened', {
    date: formatMilestoneDate(lang, milestoneById('lianyungang-base')),
  });
  const role = (id: WaypointId) => t(`charts.lianyungang-route.roles.${id}`);
  return {
    title: t('charts.lianyungang-route.title'),
    sources: ['article', 'public-records'],
    marks: 5,
    opened,
    table: {
      caption: t('charts.lianyungang-route.tableCaption'),
      head: [t('charts.lianyungang-route.waypoint'), t('charts.lianyungang-route.role')],
      rows: ROUTE_WAYPOINTS.map((w) => [
        t(`charts.lianyungang-route.waypoints.${w.id}`),
        w.id === 'lianyungang' ? `${role(w.id)}. ${opened}` : role(w.id),
      ]),
    },
  };
}

type Point = readonly [number, number];

export interface RouteGeometry {
  /** SVG path data of the areas (closed) and of the two legs of the route. */
  readonly sea: string;
  readonly korea: string;
  readonly china: string;
  readonly kazakhstan: string;
  readonly overland: string;
  readonly seaRoute: string;
  /** Where each waypoint and each country's name is, in pixels. */
  readonly waypoints: Readonly<Record<WaypointId, Point>>;
  readonly kazakhstanName: Point;
  readonly chinaName: Point;
}

/** Pixels per degree of latitude in the landscape design (520 px for the view's 26°). */
const DESIGN_PX_PER_DEGREE = 20;

/**
 * The map projected (equirectangular) onto a drawing of `width` × `height` pixels. A wide box
 * (the landscape slide) is filled. A box taller than the map (a portrait slide) gets the map at
 * the landscape design's height, centred, where filling it would stretch the map to three
 * times its height: the labels, placed for that height, keep their room.
 */
export function routeGeometry(width: number, height: number): RouteGeometry {
  const sx = width / (VIEW.east - VIEW.west);
  const sy = Math.min(height / (VIEW.north - VIEW.south), Math.max(sx, DESIGN_PX_PER_DEGREE));
  const top = (height - (VIEW.north - VIEW.south) * sy) / 2;
  const px = ([lon, lat]: LonLat): Point => [(lon - VIEW.west) * sx, top + (VIEW.north - lat) * sy];
  const path = (pts: readonly LonLat[], close = false) =>
    pts
      .map((p, i) => {
        const [x, y] = px(p);
        return `${i === 0 ? 'M' : 'L'} ${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join(' ') + (close ? ' Z' : '');
  const at = (id: WaypointId): Point => {
    const w = ROUTE_WAYPOINTS.find((p) => p.id === id);
    return px(w ? [w.lon, w.lat] : [0, 0]);
  };
  return {
    sea: path(SEA, true),
    korea: path(KOREA, true),
    china: path(CHINA, true),
    kazakhstan: path(KAZAKHSTAN, true),
    overland: path(OVERLAND),
    seaRoute: path(SEA_ROUTE),
    waypoints: {
      almaty: at('almaty'),
      khorgos: at('khorgos'),
      lianyungang: at('lianyungang'),
      'yellow-sea': at('yellow-sea'),
      pacific: at('pacific'),
    },
    kazakhstanName: px([66.5, 49]),
    chinaName: px([86, 36.5]),
  };
}
