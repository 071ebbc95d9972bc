/**
 * Which display each window goes to: the kiosk's configured display, and the presenter
 * console and audience window of the presenter view. Displays are given in the order
 * `screen.getAllDisplays()` lists them.
 */
import type { Rect } from './window-state.ts';

export interface DisplayInfo {
  readonly id: number;
  /** The whole screen (a kiosk or full-screen window covers it). */
  readonly bounds: Rect;
  /** The screen minus task bars and docks (where ordinary windows go). */
  readonly workArea: Rect;
  /** The monitor's name as the system gives it (e.g. "DELL U2720Q"); may be empty. */
  readonly label?: string;
}

/**
 * The kiosk config's `display`: an index into the display list, a rule, or one display by
 * its id or label. The index follows the system's listing, which can change across boots
 * when several monitors are connected; an id or a label names the same monitor each time.
 */
export type DisplayChoice =
  number | 'primary' | 'largest' | { readonly id: number } | { readonly label: string };

function area(rect: Rect): number {
  return rect.width * rect.height;
}

/** The display with the most pixels; the first listed wins a tie. */
function largest(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  return displays.reduce<DisplayInfo | undefined>(
    (best, display) =>
      best === undefined || area(display.bounds) > area(best.bounds) ? display : best,
    undefined,
  );
}

/**
 * The kiosk's display. A display index that is not connected (a monitor unplugged since the
 * config was written) falls back to the primary display with a warning for the log: an
 * unattended kiosk should come up on some screen rather than not at all.
 */
export function chooseKioskDisplay(
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  choice: DisplayChoice,
): { readonly display: DisplayInfo; readonly warning?: string } {
  if (choice === 'primary') return { display: primary };
  if (choice === 'largest') return { display: largest(displays) ?? primary };
  if (typeof choice === 'number') {
    const chosen = displays[choice];
    if (chosen) return { display: chosen };
    return {
      display: primary,
      warning: `display ${choice} is not connected (${displays.length} found): using the primary display`,
    };
  }
  if ('id' in choice) {
    const chosen = displays.find((display) => display.id === choice.id);
    if (chosen) return { display: chosen };
    const ids = displays.map((display) => display.id).join(', ');
    return {
      display: primary,
      warning: `no display has the id ${choice.id} (ids: ${ids}): using the primary display`,
    };
  }
  const wanted = choice.label.trim().toLowerCase();
  const chosen = displays.find((display) => display.label?.trim().toLowerCase() === wanted);
  if (chosen) return { display: chosen };
  const labels = displays.map((display) => JSON.stringify(display.label ?? '')).join(', ');
  return {
    display: primary,
    warning: `no display is labelled "${choice.label}" (labels: ${labels}): using the primary display`,
  };
}

/** How a kiosk config's display choice reads in the log and in messages. */
export function describeDisplayChoice(choice: DisplayChoice): string {
  if (typeof choice === 'number' || typeof choice === 'string') return String(choice);
  return 'id' in choice ? `id ${choice.id}` : `label "${choice.label}"`;
}

export interface WindowPlacement {
  readonly bounds: Rect;
  readonly fullScreen: boolean;
}

export interface PresenterPlacement {
  readonly presenter: WindowPlacement;
  readonly audience: WindowPlacement;
}

/**
 * The presenter view: the console on the primary display (the laptop, facing the presenter)
 * and the audience window full screen on the largest other display (the projector). With
 * one display the two windows share it side by side, console on the left, neither full
 * screen, so the presenter can still see both.
 */
export function presenterPlacement(
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
): PresenterPlacement {
  const external = largest(displays.filter((display) => display.id !== primary.id));
  if (external) {
    return {
      presenter: { bounds: primary.workArea, fullScreen: false },
      audience: { bounds: external.bounds, fullScreen: true },
    };
  }
  const { x, y, width, height } = primary.workArea;
  const left = Math.floor(width / 2);
  return {
    presenter: { bounds: { x, y, width: left, height }, fullScreen: false },
    audience: { bounds: { x: x + left, y, width: width - left, height }, fullScreen: false },
  };
}
