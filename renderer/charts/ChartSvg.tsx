import type { ReactNode } from 'react';
import { FONT_FAMILY } from '../styles/palette.ts';

/**
 * The SVG of a chart drawn by hand rather than by Recharts (timeline, SCO tiles, route map):
 * its exact size, the deck's font, and hidden from assistive technology (the frame's table
 * is its text). `clip` cuts off what is drawn past its edges.
 */
export function ChartSvg(props: {
  width: number;
  height: number;
  clip?: boolean;
  children: ReactNode;
}) {
  return (
    <svg
      width={props.width}
      height={props.height}
      role="presentation"
      style={{
        fontFamily: FONT_FAMILY,
        display: 'block',
        ...(props.clip && { overflow: 'hidden' }),
      }}
    >
      {props.children}
    </svg>
  );
}
