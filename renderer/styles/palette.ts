/**
 * The deck's colours, drawn from both flags but darkened to pass WCAG AA (4.5:1 for text,
 * 3:1 for graphics) on the paper background. Blue/vermilion/gold stay distinguishable
 * with the common colour-vision deficiencies (an Okabe–Ito-like set).
 */
export const PALETTE = {
  paper: '#FBFAF6',
  ink: '#17212B',
  muted: '#4A5663',
  rule: '#D5D9DE',
  /** Kazakhstan's sky blue, deepened. */
  steppe: '#00708C',
  /** China's red, deepened towards vermilion. */
  vermilion: '#B8321F',
  /** The sun of both flags, deepened to ochre: 4.1:1 on paper, enough for graphics and large text. */
  gold: '#9A7400',
  /** A neutral for "rest of the world" and reference lines. */
  slate: '#6B7785',
  /** Light tints for backgrounds of highlighted areas. */
  steppeTint: '#E3F1F4',
  vermilionTint: '#F7E6E2',
} as const;

/** Order in which series take colours. */
export const SERIES_COLOURS = [
  PALETTE.steppe,
  PALETTE.vermilion,
  PALETTE.gold,
  PALETTE.slate,
] as const;

/** The deck's font stack: bundled Noto Sans covers Latin, French accents and Kazakh Cyrillic. */
export const FONT_FAMILY = "'Noto Sans', sans-serif";
