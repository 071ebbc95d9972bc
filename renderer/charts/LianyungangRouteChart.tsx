import { useTranslation } from 'react-i18next';
import { formatMilestoneDate, milestoneById } from '../data/events.ts';
import { ROUTE_WAYPOINTS, type WaypointId } from '../data/route.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { LABEL_FONT } from './chart-kit.ts';

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

function waypoint(id: WaypointId): LonLat {
  const w = ROUTE_WAYPOINTS.find((p) => p.id === id);
  return w ? [w.lon, w.lat] : [0, 0];
}

export function LianyungangRouteChart({ width, height }: { width: number; height: number }) {
  const { t } = useTranslation('data');
  const { lang } = useRenderContext();
  const opened = formatMilestoneDate(lang, milestoneById('lianyungang-base'));
  const name = (id: WaypointId) => t(`charts.lianyungang-route.waypoints.${id}`);
  const role = (id: WaypointId) => t(`charts.lianyungang-route.roles.${id}`);

  const table = {
    caption: t('charts.lianyungang-route.tableCaption'),
    head: [t('charts.lianyungang-route.waypoint'), t('charts.lianyungang-route.role')],
    rows: ROUTE_WAYPOINTS.map((w) => [
      name(w.id),
      w.id === 'lianyungang'
        ? `${role(w.id)}. ${t('charts.lianyungang-route.baseOpened', { date: opened })}`
        : role(w.id),
    ]),
  };

  return (
    <ChartFrame
      chartId="lianyungang-route"
      title={t('charts.lianyungang-route.title')}
      sources={['article', 'public-records']}
      table={table}
      width={width}
      height={height}
      marks={5}
      animated={false}
    >
      {(size) => {
        const sx = size.width / (VIEW.east - VIEW.west);
        const sy = size.height / (VIEW.north - VIEW.south);
        const px = ([lon, lat]: LonLat): [number, number] => [
          (lon - VIEW.west) * sx,
          (VIEW.north - lat) * sy,
        ];
        const path = (pts: readonly LonLat[], close = false) =>
          pts
            .map((p, i) => {
              const [x, y] = px(p);
              return `${i === 0 ? 'M' : 'L'} ${x.toFixed(1)} ${y.toFixed(1)}`;
            })
            .join(' ') + (close ? ' Z' : '');
        const [ax, ay] = px(waypoint('almaty'));
        const [kx, ky] = px(waypoint('khorgos'));
        const [lx, ly] = px(waypoint('lianyungang'));
        const [yx, yy] = px(waypoint('yellow-sea'));
        const [ox, oy] = px(waypoint('pacific'));
        const label = (extra: object = {}) => ({
          fontFamily: FONT_FAMILY,
          fontSize: LABEL_FONT,
          fill: PALETTE.ink,
          ...extra,
        });
        return (
          <svg
            width={size.width}
            height={size.height}
            role="presentation"
            style={{ fontFamily: FONT_FAMILY, display: 'block', overflow: 'hidden' }}
          >
            <defs>
              <marker
                id="lyg-arrow"
                viewBox="0 0 10 10"
                refX={8}
                refY={5}
                markerWidth={7}
                markerHeight={7}
                orient="auto"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill={PALETTE.steppe} />
              </marker>
            </defs>
            <path d={path(SEA, true)} fill={PALETTE.steppeTint} />
            <path d={path(KOREA, true)} fill={PALETTE.rule} />
            <path
              d={path(CHINA, true)}
              fill={PALETTE.vermilionTint}
              stroke={PALETTE.vermilion}
              strokeWidth={1.5}
            />
            <path
              d={path(KAZAKHSTAN, true)}
              fill={PALETTE.steppeTint}
              stroke={PALETTE.steppe}
              strokeWidth={1.5}
            />
            {/* Country names */}
            <text
              x={px([66.5, 49])[0]}
              y={px([66.5, 49])[1]}
              style={label({ fontSize: 34, fontWeight: 700, fill: PALETTE.steppe })}
            >
              {t('charts.lianyungang-route.kazakhstan')}
            </text>
            <text
              x={px([66.5, 49])[0]}
              y={px([66.5, 49])[1] + 30}
              style={label({ fontStyle: 'italic', fill: PALETTE.muted })}
            >
              {t('charts.lianyungang-route.landlocked')}
            </text>
            <text
              x={px([86, 36.5])[0]}
              y={px([86, 36.5])[1]}
              style={label({ fontSize: 34, fontWeight: 700, fill: PALETTE.vermilion })}
            >
              {t('charts.lianyungang-route.china')}
            </text>
            {/* Routes */}
            <path
              data-mark="overland-route"
              d={path(OVERLAND)}
              fill="none"
              stroke={PALETTE.ink}
              strokeWidth={6}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            <path
              data-mark="sea-route"
              d={path(SEA_ROUTE)}
              fill="none"
              stroke={PALETTE.steppe}
              strokeWidth={5}
              strokeDasharray="14 10"
              markerEnd="url(#lyg-arrow)"
            />
            {/* Waypoints */}
            <circle
              data-mark="almaty"
              cx={ax}
              cy={ay}
              r={9}
              fill={PALETTE.paper}
              stroke={PALETTE.ink}
              strokeWidth={4}
            />
            <text x={ax - 14} y={ay + 34} textAnchor="middle" style={label({ fontWeight: 600 })}>
              {name('almaty')}
            </text>
            <circle
              data-mark="khorgos"
              cx={kx}
              cy={ky}
              r={9}
              fill={PALETTE.paper}
              stroke={PALETTE.ink}
              strokeWidth={4}
            />
            <text x={kx + 4} y={ky - 20} textAnchor="middle" style={label({ fontWeight: 600 })}>
              {name('khorgos')}
            </text>
            <circle cx={lx} cy={ly} r={20} fill="none" stroke={PALETTE.vermilion} strokeWidth={3} />
            <circle data-mark="lianyungang" cx={lx} cy={ly} r={11} fill={PALETTE.vermilion} />
            <text
              x={lx - 28}
              y={ly + 50}
              textAnchor="end"
              style={label({ fontSize: 28, fontWeight: 700 })}
            >
              {name('lianyungang')}
            </text>
            <text x={lx - 28} y={ly + 80} textAnchor="end" style={label({ fill: PALETTE.muted })}>
              {t('charts.lianyungang-route.jiangsu')}
            </text>
            <text x={lx - 28} y={ly + 110} textAnchor="end" style={label()}>
              {t('charts.lianyungang-route.baseOpened', { date: opened })}
            </text>
            <text
              x={yx}
              y={yy - 40}
              textAnchor="middle"
              style={label({ fontStyle: 'italic', fill: PALETTE.steppe, fontWeight: 600 })}
            >
              {name('yellow-sea')}
            </text>
            <text
              x={Math.min(ox + 40, size.width - 12)}
              y={oy - 34}
              textAnchor="end"
              style={label({
                fontSize: 28,
                fontStyle: 'italic',
                fill: PALETTE.steppe,
                fontWeight: 700,
              })}
            >
              {name('pacific')}
            </text>
            {/* Legend */}
            <g transform={`translate(16, ${size.height - 78})`}>
              <rect
                x={-8}
                y={-8}
                width={300}
                height={84}
                fill={PALETTE.paper}
                stroke={PALETTE.rule}
                rx={6}
              />
              <line
                x1={0}
                y1={16}
                x2={56}
                y2={16}
                stroke={PALETTE.ink}
                strokeWidth={6}
                strokeLinecap="round"
              />
              <text x={70} y={24} style={label()}>
                {t('charts.lianyungang-route.rail')}
              </text>
              <line
                x1={0}
                y1={54}
                x2={56}
                y2={54}
                stroke={PALETTE.steppe}
                strokeWidth={5}
                strokeDasharray="14 10"
              />
              <text x={70} y={62} style={label()}>
                {t('charts.lianyungang-route.sea')}
              </text>
            </g>
          </svg>
        );
      }}
    </ChartFrame>
  );
}
