/** The ways of showing the one deck (DESIGN.md). `present` is the default. */
export const MODES = ['present', 'presenter', 'overview', 'print', 'kiosk'] as const;

export type Mode = (typeof MODES)[number];

export const DEFAULT_MODE: Mode = 'present';

/** Print layouts: one slide per page, or slides with notes, data tables and sources. */
export const PRINT_LAYOUTS = ['slides', 'handout'] as const;

export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** What an export writes: a PDF printed from the deck, or an editable PowerPoint deck. */
export const EXPORT_FORMATS = ['pdf', 'pptx'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

export function isPrintLayout(value: unknown): value is PrintLayout {
  return typeof value === 'string' && (PRINT_LAYOUTS as readonly string[]).includes(value);
}

/**
 * Paper for the handout layout (the slides layout is always one 16:9 page per slide); also
 * the paper of an export request over IPC.
 */
export const PAPERS = ['A4', 'Letter'] as const;

export type Paper = (typeof PAPERS)[number];

/** Slides per handout page: 1 with notes, tables and sources; 2, 3 or 6 with ruled note space. */
export const PER_PAGE = [1, 2, 3, 6] as const;

export type PerPage = (typeof PER_PAGE)[number];

export function paperFrom(value: string | null | undefined): Paper | undefined {
  return PAPERS.find((paper) => paper.toLowerCase() === value?.toLowerCase());
}

export function perPageFrom(value: string | null | undefined): PerPage | undefined {
  return PER_PAGE.find((n) => String(n) === value);
}

/**
 * The longest a kiosk may stay on a slide or wait for input, in seconds: an hour. The URL
 * (`dwell=`, `dwells=`, `idle=`) and the desktop config file accept the same range.
 */
export const MAX_KIOSK_SECONDS = 3600;
