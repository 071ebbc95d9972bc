import { Cell, Pie, PieChart, Tooltip, type PieLabelRenderProps } from 'recharts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { useTooltips } from './use-tooltips.ts';
import {
  entryAnimation,
  LABEL_FONT,
  LABEL_STYLE,
  seriesId,
  TITLE_FONT,
  TOOLTIP_STYLE,
} from './chart-kit.ts';
import { sliceLabel, tradeShareModel, type DonutModel } from './trade-share-model.ts';
import type { ChartProps } from './types.ts';
import { frameProps, useChartModel } from './use-chart-model.ts';

/** The two donuts of trade-share-model.ts, side by side (one above the other in portrait). */
export function TradeShareChart({ width, height }: ChartProps) {
  const { model, animate, orientation } = useChartModel(tradeShareModel);
  // Side by side on a landscape slide; one above the other in a portrait slide's tall slot.
  const stacked = orientation === 'portrait';

  return (
    <ChartFrame chartId="trade-share" {...frameProps(model)} width={width} height={height}>
      {(size) => {
        const first = stacked
          ? { width: size.width, height: Math.floor(size.height / 2) }
          : { width: Math.floor(size.width / 2), height: size.height };
        const second = stacked
          ? { width: size.width, height: size.height - first.height }
          : { width: size.width - first.width, height: size.height };
        return (
          <div
            style={{
              display: 'flex',
              flexDirection: stacked ? 'column' : 'row',
              width: size.width,
              height: size.height,
            }}
          >
            <Donut
              part="article"
              {...first}
              donut={model.article}
              centreColour={PALETTE.vermilion}
              pct={model.percent}
              animate={animate}
            />
            <Donut
              part="reported"
              {...second}
              donut={model.reported}
              centreColour={PALETTE.vermilion}
              pct={model.percent}
              animate={animate}
            />
          </div>
        );
      }}
    </ChartFrame>
  );
}

function Donut(props: {
  /** Which of the two donuts: names its series. */
  part: 'article' | 'reported';
  width: number;
  height: number;
  donut: DonutModel;
  centreColour: string;
  pct: (v: number) => string;
  animate: boolean;
}) {
  const tooltips = useTooltips();
  const { heading, sub, slices, centre, labelled } = props.donut;
  const headingHeight = 70;
  const chartHeight = props.height - headingHeight;
  const outer = Math.min(chartHeight / 2 - 16, props.width / 4.6);
  const inner = outer * 0.58;
  const renderLabel = (p: PieLabelRenderProps) => {
    const slice = slices[p.index ?? -1];
    if (!slice || !labelled.includes(slice.id)) return null;
    const label = sliceLabel(
      { value: props.pct(slice.value), name: slice.name },
      {
        cx: Number(p.cx ?? 0),
        cy: Number(p.cy ?? 0),
        outer,
        midAngle: Number(p.midAngle ?? 0),
      },
      { width: props.width, height: chartHeight },
    );
    return (
      <g>
        <polyline points={label.leader} fill="none" stroke={PALETTE.slate} strokeWidth={1.5} />
        <text
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          style={{ ...LABEL_STYLE, fontSize: LABEL_FONT }}
        >
          {label.lines.map((line, i) => (
            <tspan
              key={i}
              x={label.x}
              dy={i === 0 ? 0 : label.lineHeight}
              fontWeight={i === 0 ? 700 : 400}
            >
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
        <div style={{ fontSize: TITLE_FONT - 2, fontWeight: 700 }}>{heading}</div>
        <div style={{ fontSize: 20, color: PALETTE.muted }}>{sub}</div>
      </div>
      <PieChart
        width={props.width}
        height={chartHeight}
        accessibilityLayer={false}
        style={{ fontFamily: FONT_FAMILY }}
      >
        <Pie
          id={seriesId('trade-share', props.part)}
          data={[...slices]}
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
          {slices.map((s) =>
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
          {centre}
        </text>
        {tooltips && (
          <Tooltip
            formatter={(v, name) => [props.pct(Number(v)), String(name)]}
            contentStyle={TOOLTIP_STYLE}
          />
        )}
      </PieChart>
    </div>
  );
}
