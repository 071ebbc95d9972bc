import type { Language } from '../../../core/languages.ts';

/**
 * The unattended kiosk as a pure state machine over a clock given in milliseconds:
 * auto-advance with each slide's dwell, loop forever, switch language after each loop,
 * pause on a visitor's input, and return to the start after `idle` seconds without input.
 * The component only schedules `tick` at `nextWakeUp` and forwards input.
 */

export interface KioskConfig {
  /** Seconds on each slide, by index (see {@link kioskDwells}). */
  readonly dwells: readonly number[];
  /** Seconds without input before returning to the first slide in the first language. */
  readonly idle: number;
  /** Languages to rotate, one per loop; never empty. */
  readonly langs: readonly Language[];
}

export interface KioskState {
  readonly index: number;
  readonly langIndex: number;
  /** A visitor is browsing: auto-advance waits until they have been idle long enough. */
  readonly paused: boolean;
  /** When the shown slide appeared (auto-advance counts from here). */
  readonly shownAt: number;
  /** Last touch, click or key. */
  readonly lastInputAt: number;
  /** Completed loops since start, for the soak figures. */
  readonly loops: number;
  /** A language a visitor chose; it holds until the kiosk returns to the start. */
  readonly chosen?: Language;
}

/** Idle timeout when none is configured: long enough to read a slide twice. */
export const DEFAULT_IDLE_SECONDS = 60;

/**
 * Shortest time a slide stays up, whatever the settings say: a typo such as `dwell=0.05`
 * must not make a public screen flash more than three times a second (WCAG 2.3.1).
 */
export const MIN_DWELL_SECONDS = 0.5;

/**
 * Each slide's dwell, most specific first: the kiosk's time for that slide (`dwells=`),
 * then its time for every slide (`dwell=`), then the deck's own.
 */
export function kioskDwells(
  slides: readonly { readonly id: string; readonly dwell: number }[],
  settings: { readonly dwell?: number; readonly dwells?: Readonly<Record<string, number>> },
): number[] {
  return slides.map((slide) => settings.dwells?.[slide.id] ?? settings.dwell ?? slide.dwell);
}

/**
 * The loop from the start, or (a reloaded kiosk) from the slide it was showing, in the
 * rotation's language it was showing (`lang=`, the first language of the tour).
 */
export function kioskStart(now: number, index = 0, langIndex = 0): KioskState {
  return { index, langIndex, paused: false, shownAt: now, lastInputAt: now, loops: 0 };
}

/** Where `lang` stands in the rotation; a language outside it starts the rotation at its head. */
export function rotationIndex(langs: readonly Language[], lang: Language): number {
  return Math.max(langs.indexOf(lang), 0);
}

export function dwellMs(config: KioskConfig, index: number): number {
  const seconds = config.dwells[index] ?? 10;
  return Math.max(seconds, MIN_DWELL_SECONDS) * 1000;
}

export function kioskLanguage(state: KioskState, config: KioskConfig): Language {
  if (state.chosen) return state.chosen;
  return config.langs[state.langIndex % config.langs.length] ?? config.langs[0] ?? 'en';
}

/** Advances time: moves to the next slide, next loop or back to the start when due. */
export function kioskTick(state: KioskState, now: number, config: KioskConfig): KioskState {
  if (state.paused) {
    if (now - state.lastInputAt < config.idle * 1000) return state;
    return { ...kioskStart(now), loops: state.loops };
  }
  if (now - state.shownAt < dwellMs(config, state.index)) return state;
  const last = config.dwells.length - 1;
  if (state.index < last) return { ...state, index: state.index + 1, shownAt: now };
  return {
    ...state,
    index: 0,
    langIndex: (state.langIndex + 1) % config.langs.length,
    shownAt: now,
    loops: state.loops + 1,
  };
}

/** A visitor touched, clicked or pressed a key: pause and remember when. */
export function kioskInput(state: KioskState, now: number): KioskState {
  return { ...state, paused: true, lastInputAt: now };
}

/** A visitor moved to another slide with the on-screen controls. */
export function kioskGo(state: KioskState, index: number, now: number, count: number): KioskState {
  const clamped = Math.min(Math.max(index, 0), count - 1);
  return { ...kioskInput(state, now), index: clamped, shownAt: now };
}

/** A visitor chose a language (any of the app's): it holds until the kiosk returns to the start. */
export function kioskChooseLanguage(state: KioskState, lang: Language, now: number): KioskState {
  return { ...kioskInput(state, now), chosen: lang };
}

/** Milliseconds from `now` until `kioskTick` can change something. */
export function nextWakeUp(state: KioskState, now: number, config: KioskConfig): number {
  const due = state.paused
    ? state.lastInputAt + config.idle * 1000
    : state.shownAt + dwellMs(config, state.index);
  return Math.max(due - now, 0);
}
