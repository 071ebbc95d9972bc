/**
 * A previous/next arrow drawn in SVG: the bundled fonts' subsets have no arrow glyphs, and a
 * kiosk must not depend on whatever symbol font its system happens to have.
 */
const ROTATION = { next: 0, down: 90, previous: 180, up: 270 } as const;

export function ArrowIcon({ direction }: { direction: keyof typeof ROTATION }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1.2em"
      height="1.2em"
      aria-hidden="true"
      style={{ transform: `rotate(${ROTATION[direction]}deg)`, verticalAlign: 'middle' }}
    >
      <path
        d="M4 12h15M13 6l6 6-6 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
