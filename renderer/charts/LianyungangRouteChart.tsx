import type { WaypointId } from '../data/route.ts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ArrowMarker } from './ArrowMarker.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartSvg } from './ChartSvg.tsx';
import { LABEL_FONT } from './chart-kit.ts';
import { routeGeometry, routeModel } from './route-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

/** How the two legs are drawn, on the map and in its legend. */
const RAIL = { stroke: PALETTE.ink, strokeWidth: 6, strokeLinecap: 'round' } as const;
const SEA = { stroke: PALETTE.steppe, strokeWidth: 5, strokeDasharray: '14 10' } as const;
const LEGEND = [
  { key: 'rail', stroke: RAIL },
  { key: 'sea', stroke: SEA },
] as const;

/**
 * A schematic map, not Recharts: Kazakhstan (landlocked) → Khorgos on the border → across
 * China → the China–Kazakhstan logistics base at Lianyungang on the Yellow Sea → the
 * Pacific (route-model.ts places it all).
 */
export function LianyungangRouteChart({ width, height }: ChartProps) {
  const { model, t } = useChartModel(routeModel);
  const name = (id: WaypointId) => t(`charts.lianyungang-route.waypoints.${id}`);

  return (
    <ChartFrame
      chartId="lianyungang-route"
      {...frameProps(model)}
      width={width}
      height={height}
      animated={false}
    >
      {(size) => {
        const g = routeGeometry(size.width, size.height);
        const [ax, ay] = g.waypoints.almaty;
        const [kx, ky] = g.waypoints.khorgos;
        const [lx, ly] = g.waypoints.lianyungang;
        const [yx, yy] = g.waypoints['yellow-sea'];
        const [ox, oy] = g.waypoints.pacific;
        const label = (extra: object = {}) => ({
          fontFamily: FONT_FAMILY,
          fontSize: LABEL_FONT,
          fill: PALETTE.ink,
          ...extra,
        });
        return (
          <ChartSvg width={size.width} height={size.height} clip>
            <defs>
              <ArrowMarker id="lyg-arrow" color={PALETTE.steppe} size={7} />
            </defs>
            <path d={g.sea} fill={PALETTE.steppeTint} />
            <path d={g.korea} fill={PALETTE.rule} />
            <path
              d={g.china}
              fill={PALETTE.vermilionTint}
              stroke={PALETTE.vermilion}
              strokeWidth={1.5}
            />
            <path
              d={g.kazakhstan}
              fill={PALETTE.steppeTint}
              stroke={PALETTE.steppe}
              strokeWidth={1.5}
            />
            {/* Country names */}
            <text
              x={g.kazakhstanName[0]}
              y={g.kazakhstanName[1]}
              style={label({ fontSize: 34, fontWeight: 700, fill: PALETTE.steppe })}
            >
              {t('charts.lianyungang-route.kazakhstan')}
            </text>
            <text
              x={g.kazakhstanName[0]}
              y={g.kazakhstanName[1] + 30}
              style={label({ fontStyle: 'italic', fill: PALETTE.muted })}
            >
              {t('charts.lianyungang-route.landlocked')}
            </text>
            <text
              x={g.chinaName[0]}
              y={g.chinaName[1]}
              style={label({ fontSize: 34, fontWeight: 700, fill: PALETTE.vermilion })}
            >
              {t('charts.lianyungang-route.china')}
            </text>
            {/* Routes */}
            <path
              data-mark="overland-route"
              d={g.overland}
              fill="none"
              {...RAIL}
              strokeLinejoin="round"
            />
            <path
              data-mark="sea-route"
              d={g.seaRoute}
              fill="none"
              {...SEA}
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
              {model.opened}
            </text>
            {/* Below the sea route, east of the coast: above it Shandong juts into the sea. */}
            <text
              x={yx + 12}
              y={yy + 112}
              textAnchor="start"
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
              {LEGEND.map((entry, i) => (
                <g key={entry.key} transform={`translate(0, ${i * 38})`}>
                  <line x1={0} y1={16} x2={56} y2={16} {...entry.stroke} />
                  <text x={70} y={24} style={label()}>
                    {t(`charts.lianyungang-route.${entry.key}`)}
                  </text>
                </g>
              ))}
            </g>
          </ChartSvg>
        );
      }}
    </ChartFrame>
  );
}
