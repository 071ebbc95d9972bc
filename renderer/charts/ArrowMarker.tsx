/**
 * An arrowhead for SVG paths (`markerEnd="url(#id)"`), a filled triangle in one colour. Goes
 * inside an SVG `<defs>`.
 */
export function ArrowMarker(props: {
  id: string;
  color: string;
  size: number;
  /** `auto-start-reverse` also points a start marker backwards. */
  orient?: 'auto' | 'auto-start-reverse';
}) {
  return (
    <marker
      id={props.id}
      viewBox="0 0 10 10"
      refX={8}
      refY={5}
      markerWidth={props.size}
      markerHeight={props.size}
      orient={props.orient ?? 'auto'}
    >
      <path d="M 0 0 L 10 5 L 0 10 z" fill={props.color} />
    </marker>
  );
}
