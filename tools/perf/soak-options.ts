/**
 * Options of `npm run soak` and the figures it derives. Pure, so they are unit tested;
 * tools/perf/soak.ts does the browsing and measuring.
 */
import { LANGUAGE_CODES, isLanguage, type Language } from '../../core/languages.ts';
import { linearFit, median } from './bench-stats.ts';

export interface SoakOptions {
  /** Slide changes to watch before measuring again. */
  readonly transitions: number;
  /** Seconds per slide (the kiosk's `dwell=`). */
  readonly dwell: number;
  /** Languages the kiosk rotates, one per loop (`langs=`). */
  readonly langs: readonly Language[];
  /** How V8 compiles the app's code: see `V8_MODES`. */
  readonly v8: V8Mode;
}

/**
 * V8 as Chromium ships it; without its compilers (`--jitless`), where the JS heap holds only
 * the app's objects and bytecode; or optimising after a hundredth of its usual call counts
 * (`--early-tier-up`). As shipped, V8 optimises a function once it has been called 400 times
 * (Maglev) and 3,000 times (Turbofan): functions that run a few times a loop cross those lines
 * for hours, so the compiled code creeps up long after the app's objects are flat. Brought
 * forward, most of it is compiled in the first loops and the code levels off within one soak
 * (by mid-run at 10,000 transitions; docs/BENCHMARKS.md), which shows the ceiling it creeps to.
 */
export const V8_MODES = {
  'as-shipped': { flags: undefined, label: '' },
  jitless: { flags: '--jitless', label: ' (V8 without its compilers)' },
  'early-tier-up': {
    flags: '--invocation-count-for-maglev=4 --invocation-count-for-turbofan=30',
    label: ' (V8 optimising after 1/100 of its usual call counts)',
  },
} as const;

export type V8Mode = keyof typeof V8_MODES;

/** Chromium's command-line switch for a V8 mode, if it needs one. */
export function v8Switches(mode: V8Mode): string[] {
  const { flags } = V8_MODES[mode];
  return flags === undefined ? [] : [`--js-flags=${flags}`];
}

export const SOAK_USAGE = `Usage: npm run soak -- [--transitions <n>] [--dwell <seconds>] [--langs fr,kk,en]
                        [--jitless | --early-tier-up]
Runs the built kiosk in Chromium (CHROMIUM_PATH or /usr/bin/chromium) for <n> slide changes
(default 1000) and reports the JS and Blink heaps, loops, languages and console errors.
Up to 20 of the readings also take a heap snapshot that splits V8's heap into the app's
objects and the code V8 compiles; --jitless turns V8's compilers off altogether, and
--early-tier-up makes V8 optimise at 1/100 of its usual call counts, so the code it would
add over hours is compiled early in the run.
The kiosk never shows a slide for less than 0.5 s (default --dwell 0.5), so 1000 changes take
about 8½ minutes. Exits 1 when the page logged an error or stopped advancing.`;

export type SoakParse =
  | { readonly kind: 'run'; readonly options: SoakOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const DEFAULTS: SoakOptions = {
  transitions: 1000,
  dwell: 0.5,
  langs: ['fr', 'kk', 'en'],
  v8: 'as-shipped',
};

export function parseSoakOptions(args: readonly string[]): SoakParse {
  let { transitions, dwell, langs, v8 } = DEFAULTS;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--jitless' || arg === '--early-tier-up') {
      const mode = arg === '--jitless' ? 'jitless' : 'early-tier-up';
      if (v8 !== 'as-shipped' && v8 !== mode) {
        return { kind: 'error', message: '--jitless and --early-tier-up exclude each other' };
      }
      v8 = mode;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    if (!['--transitions', '--dwell', '--langs'].includes(flag)) {
      return { kind: 'error', message: `unknown option "${arg}"` };
    }
    const value = equals === -1 ? args[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '')
      return { kind: 'error', message: `${flag} needs a value` };
    if (flag === '--transitions') {
      if (!/^\d+$/.test(value) || Number(value) < 1) {
        return {
          kind: 'error',
          message: `--transitions must be a whole number above 0, not "${value}"`,
        };
      }
      transitions = Number(value);
    } else if (flag === '--dwell') {
      const seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
        return {
          kind: 'error',
          message: `--dwell must be seconds above 0 (at most 3600), not "${value}"`,
        };
      }
      dwell = seconds;
    } else {
      const parts = value.split(',').map((part) => part.trim());
      const bad = parts.find((part) => !isLanguage(part));
      if (bad !== undefined) {
        return {
          kind: 'error',
          message: `--langs: "${bad}" is not one of ${LANGUAGE_CODES.join(', ')}`,
        };
      }
      langs = [...new Set(parts.filter(isLanguage))];
    }
  }
  return { kind: 'run', options: { transitions, dwell, langs, v8 } };
}

/** The kiosk page to soak, on the given server. */
export function soakUrl(base: string, options: SoakOptions): string {
  return `${base}?mode=kiosk&dwell=${options.dwell}&langs=${options.langs.join(',')}`;
}

/** Heap growth from `before` to `after`, in percent, one decimal. */
export function growthPercent(before: number, after: number): number {
  return Math.round(((after - before) / before) * 1000) / 10;
}

export interface HeapTrend {
  /** Growth along the fitted line from the first reading to the last, in percent. */
  readonly growth: number;
  /** The fitted heap at the first and the last reading, in bytes. */
  readonly start: number;
  readonly end: number;
  /** Median of each tenth of the readings (fewer when there are fewer than ten readings). */
  readonly tenths: readonly number[];
  /**
   * Growth in percent along lines fitted through each half of the readings on its own
   * (undefined with fewer than four readings): a leak grows alike in both halves, a warm-up
   * (V8 compiling more of the app as it gets hot) mostly in the first.
   */
  readonly halves?: readonly [number, number];
}

/**
 * The heap's trend through readings `{ x: transitions, y: bytes }`: undefined with fewer
 * than two readings, since no line goes through one.
 */
export function heapTrend(readings: readonly { x: number; y: number }[]): HeapTrend | undefined {
  const line = fittedEnds(readings);
  if (!line) return undefined;
  const { start, end } = line;
  const parts = Math.min(10, readings.length);
  const tenths = Array.from({ length: parts }, (_, part) => {
    const from = Math.floor((part * readings.length) / parts);
    const to = Math.floor(((part + 1) * readings.length) / parts);
    return median(readings.slice(from, to).map((reading) => reading.y));
  });
  const middle = Math.floor(readings.length / 2);
  const early = readings.length >= 4 ? fittedEnds(readings.slice(0, middle)) : undefined;
  const late = readings.length >= 4 ? fittedEnds(readings.slice(middle)) : undefined;
  const halves =
    early && late
      ? ([growthPercent(early.start, early.end), growthPercent(late.start, late.end)] as const)
      : undefined;
  return { growth: growthPercent(start, end), start, end, tenths, halves };
}

/** The least-squares line's values at the first and the last reading. */
function fittedEnds(
  readings: readonly { x: number; y: number }[],
): { start: number; end: number } | undefined {
  const first = readings[0];
  const last = readings.at(-1);
  if (readings.length < 2 || !first || !last) return undefined;
  const { slope, intercept } = linearFit(readings);
  return { start: intercept + slope * first.x, end: intercept + slope * last.x };
}

/**
 * Counts what the watcher saw. A transition is a change of the slide shown; a loop ends
 * each time the kiosk comes back to its first slide.
 */
export interface SoakTally {
  readonly transitions: number;
  readonly loops: number;
  readonly languages: readonly string[];
  readonly last?: string;
}

export const EMPTY_TALLY: SoakTally = { transitions: 0, loops: 0, languages: [] };

export function tallyShown(
  tally: SoakTally,
  slideId: string,
  lang: string,
  firstSlide: string,
): SoakTally {
  const languages = tally.languages.includes(lang) ? tally.languages : [...tally.languages, lang];
  if (tally.last === undefined || tally.last === slideId)
    return { ...tally, languages, last: slideId };
  return {
    transitions: tally.transitions + 1,
    loops: tally.loops + (slideId === firstSlide ? 1 : 0),
    languages,
    last: slideId,
  };
}

/**
 * When the soak reads the heap, in transitions: once after the warm-up (every slide in every
 * language once: what a kiosk keeps for good), then once a rotation, before the last one.
 */
export function readingPlan(
  transitions: number,
  rotation: number,
): { warmUp: number; marks: number[] } {
  const warmUp = Math.min(rotation, transitions);
  const marks: number[] = [];
  for (let mark = warmUp + rotation; mark < transitions; mark += rotation) marks.push(mark);
  return { warmUp, marks };
}

/** A heap snapshot takes a second or two, so at most this many readings take one. */
export const MAX_SNAPSHOTS = 20;

/**
 * Which of `count` readings also take a heap snapshot: all of them up to `max`, otherwise
 * `max` spread evenly from the first reading to the last.
 */
export function snapshotReadings(count: number, max = MAX_SNAPSHOTS): Set<number> {
  if (count <= max) return new Set(Array.from({ length: count }, (_, index) => index));
  return new Set(
    Array.from({ length: max }, (_, step) => Math.round((step * (count - 1)) / (max - 1))),
  );
}
