/**
 * A diagonal hatch for bars that are not measured values of the main series (the 2030 target,
 * the Kazakhstan-reported figure): told apart by texture as well as colour, so the difference
 * survives colour-blindness and black-and-white printing. Goes inside an SVG `<defs>`.
 */
export interface Hatch {
  readonly id: string;
  readonly size: number;
  readonly background: string;
  readonly stroke: string;
}

export function HatchPattern({ id, size, background, stroke }: Hatch) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={size}
      height={size}
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill={background} />
      <line x1={0} y1={0} x2={0} y2={size} stroke={stroke} strokeWidth={6} />
    </pattern>
  );
}
