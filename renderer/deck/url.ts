import { isLanguage, LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import {
  DEFAULT_MODE,
  MAX_KIOSK_SECONDS,
  isMode,
  isPrintLayout,
  paperFrom,
  perPageFrom,
  type Mode,
  type Paper,
  type PerPage,
  type PrintLayout,
} from '../../core/modes.ts';
import { SLIDE_IDS } from '../../core/ids.ts';
import {
  DEFAULT_ORIENTATION_CHOICE,
  ORIENTATION_CHOICES,
  isOrientationChoice,
  type OrientationChoice,
} from '../../core/orientation.ts';

/**
 * The URL contract of DESIGN.md, as pure functions:
 *   index.html?lang=kk&mode=print&layout=handout#/trade
 *   index.html?mode=kiosk&orientation=portrait
 * Bad values never crash: they fall back to defaults and are reported as warnings.
 */

export interface KioskParams {
  /** Seconds on each slide, overriding each slide's own dwell. */
  readonly dwell?: number;
  /** Seconds without input before the kiosk returns to the start. */
  readonly idle?: number;
  /** Languages to rotate, one per loop. */
  readonly langs?: readonly Language[];
  /** Seconds on particular slides (slide id → seconds), over `dwell` (`dwells=trade:30,quote:8`). */
  readonly dwells?: Readonly<Record<string, number>>;
  /** `exit=pin`: the desktop kiosk ends with a PIN, so the page offers its exit dialog. */
  readonly exit?: 'pin';
}

export interface UrlOptions {
  /** Undefined when the URL does not name a (valid) language: the stored choice then applies. */
  readonly lang?: Language;
  readonly mode: Mode;
  readonly layout: PrintLayout;
  /** Handout paper (print mode, handout layout). */
  readonly paper: Paper;
  /** Slides per handout page (print mode, handout layout). */
  readonly perPage: PerPage;
  /**
   * The design to show in the screen modes: `auto` (the default) follows the window's shape;
   * `landscape` or `portrait` forces one (a kiosk whose panel reports the wrong shape). Print
   * keeps its paper layouts whatever this says.
   */
  readonly orientation: OrientationChoice;
  /** The slide id after `#/`, if any (validated against the deck by the caller). */
  readonly slideId?: string;
  readonly kiosk: KioskParams;
  /** Human-readable reasons a parameter was ignored. */
  readonly warnings: readonly string[];
}

/** Longest dwell or idle time accepted, the same as the desktop config file's. */
const MAX_SECONDS = MAX_KIOSK_SECONDS;

function parseSeconds(name: string, raw: string | null, warnings: string[]): number | undefined {
  if (raw === null) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0 || value > MAX_SECONDS) {
    warnings.push(`${name}=${raw} is not a number of seconds above 0 and at most ${MAX_SECONDS}`);
    return undefined;
  }
  return value;
}

function parseLangs(raw: string | null, warnings: string[]): Language[] | undefined {
  if (raw === null) return undefined;
  const langs: Language[] = [];
  for (const part of raw.split(',').map((p) => p.trim().toLowerCase())) {
    if (isLanguage(part)) {
      if (!langs.includes(part)) langs.push(part);
    } else {
      warnings.push(`langs: "${part}" is not one of ${LANGUAGE_CODES.join(', ')}`);
    }
  }
  return langs.length > 0 ? langs : undefined;
}

const KNOWN_SLIDES: ReadonlySet<string> = new Set(SLIDE_IDS);

/** `dwells=trade:30,quote:8`: each part a known slide id and its seconds; bad parts are skipped. */
function parseDwells(
  raw: string | null,
  warnings: string[],
): Readonly<Record<string, number>> | undefined {
  if (raw === null) return undefined;
  const dwells: Record<string, number> = {};
  for (const part of raw.split(',').map((p) => p.trim())) {
    const colon = part.lastIndexOf(':');
    const id = part.slice(0, colon);
    if (colon === -1 || !KNOWN_SLIDES.has(id)) {
      warnings.push(`dwells: "${part}" is not <slide id>:<seconds> for a slide of the deck`);
      continue;
    }
    const seconds = parseSeconds(`dwells: ${id}`, part.slice(colon + 1), warnings);
    if (seconds !== undefined) dwells[id] = seconds;
  }
  return Object.keys(dwells).length > 0 ? dwells : undefined;
}

function parseExit(raw: string | null, warnings: string[]): 'pin' | undefined {
  if (raw === null || raw === 'pin') return raw ?? undefined;
  warnings.push(`exit=${raw} is not pin`);
  return undefined;
}

/** Reads the slide id from a hash such as `#/trade` (also accepts `#trade`). */
export function slideIdFromHash(hash: string): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#\/?/, '')).trim();
  return id === '' ? undefined : id;
}

export function hashForSlide(slideId: string): string {
  return `#/${encodeURIComponent(slideId)}`;
}

export function parseUrl(search: string, hash: string): UrlOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];

  const rawLang = params.get('lang');
  // Language codes are case-insensitive (BCP 47): lang=FR is French.
  const lowered = rawLang?.trim().toLowerCase();
  const lang = isLanguage(lowered) ? lowered : undefined;
  if (rawLang !== null && lang === undefined) {
    warnings.push(`lang=${rawLang} is not one of ${LANGUAGE_CODES.join(', ')}`);
  }

  const rawMode = params.get('mode');
  const mode = isMode(rawMode) ? rawMode : DEFAULT_MODE;
  if (rawMode !== null && !isMode(rawMode)) warnings.push(`mode=${rawMode} is not a known mode`);

  const rawLayout = params.get('layout');
  const layout = isPrintLayout(rawLayout) ? rawLayout : 'slides';
  if (rawLayout !== null && !isPrintLayout(rawLayout)) {
    warnings.push(`layout=${rawLayout} is not slides or handout`);
  }

  const rawPaper = params.get('paper');
  const paper = paperFrom(rawPaper) ?? 'A4';
  if (rawPaper !== null && !paperFrom(rawPaper))
    warnings.push(`paper=${rawPaper} is not A4 or Letter`);
  const rawPerPage = params.get('perPage');
  const perPage = perPageFrom(rawPerPage) ?? 1;
  if (rawPerPage !== null && !perPageFrom(rawPerPage)) {
    warnings.push(`perPage=${rawPerPage} is not 1, 2, 3 or 6`);
  }

  const rawOrientation = params.get('orientation');
  const loweredOrientation = rawOrientation?.trim().toLowerCase();
  const orientation = isOrientationChoice(loweredOrientation)
    ? loweredOrientation
    : DEFAULT_ORIENTATION_CHOICE;
  if (rawOrientation !== null && !isOrientationChoice(loweredOrientation)) {
    warnings.push(`orientation=${rawOrientation} is not one of ${ORIENTATION_CHOICES.join(', ')}`);
  }

  const kiosk: KioskParams = {
    dwell: parseSeconds('dwell', params.get('dwell'), warnings),
    idle: parseSeconds('idle', params.get('idle'), warnings),
    langs: parseLangs(params.get('langs'), warnings),
    dwells: parseDwells(params.get('dwells'), warnings),
    exit: parseExit(params.get('exit'), warnings),
  };

  const slideId = slideIdFromHash(hash);
  if (slideId !== undefined && !KNOWN_SLIDES.has(slideId)) {
    warnings.push(
      `#/${slideId} is not a slide of the deck (slides: ${SLIDE_IDS.join(', ')}); the first is shown`,
    );
  }

  return { lang, mode, layout, paper, perPage, orientation, slideId, kiosk, warnings };
}

/** The query string for a language change, keeping every other parameter. */
export function searchWithLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}
