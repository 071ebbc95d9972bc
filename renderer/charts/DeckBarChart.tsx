import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, type LabelProps } from 'recharts';
import { FONT_FAMILY, PALETTE } from '../styles/palette.ts';
import { LABEL_STYLE } from './chart-kit.ts';
import { HatchPattern, type Hatch } from './HatchPattern.tsx';

/**
 * The deck's bar chart: an exact size (no ResponsiveContainer, which draws nothing in
 * print), no keyboard layer (the drawing is aria-hidden; the frame's table is its text),
 * the deck's font and horizontal grid lines. `hatch` is the pattern bars that are not the
 * main series refer to; the axes, tooltip, bars and annotations are the children.
 */
export function DeckBarChart(props: {
  width: number;
  height: number;
  data: readonly object[];
  margin: { top: number; right: number; bottom: number; left: number };
  /** Space between categories, as a share of each band ("28%"). */
  categoryGap: string;
  hatch?: Hatch;
  children: ReactNode;
}) {
  return (
    <BarChart
      width={props.width}
      height={props.height}
      data={[...props.data]}
      margin={props.margin}
      barCategoryGap={props.categoryGap}
      accessibilityLayer={false}
      style={{ fontFamily: FONT_FAMILY }}
    >
      {props.hatch && (
        <defs>
          <HatchPattern {...props.hatch} />
        </defs>
      )}
      <CartesianGrid
        vertical={false}
        // Recharts works out where vertical lines would go even when there are none, measuring
        // every category label in the DOM to do it (a forced layout each).
        verticalCoordinatesGenerator={noLines}
        stroke={PALETTE.rule}
      />
      {props.children}
    </BarChart>
  );
}

/** A LabelList `content`: the bar's value, bold, centred 12 px above the bar. */
export function barTopLabel(format: (value: number) => string) {
  function BarTopLabel(p: LabelProps) {
    return (
      <text
        x={Number(p.x ?? 0) + Number(p.width ?? 0) / 2}
        y={Number(p.y ?? 0) - 12}
        textAnchor="middle"
        style={{ ...LABEL_STYLE, fontWeight: 700 }}
      >
        {format(Number(p.value ?? 0))}
      </text>
    );
  }
  return BarTopLabel;
}

const noLines = (): number[] => [];
