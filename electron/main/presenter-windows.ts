/**
 * The presenter view's windows: the console on the primary display, the audience full screen
 * on the largest other one, or the two side by side on a single display (displays.ts). The
 * window that asked becomes the other half of the pair.
 */
import { BrowserWindow, screen } from 'electron';
import { presenterPlacement, type WindowPlacement } from './displays.ts';
import type { SecondaryMode } from './window-open.ts';
import { minimumSizeFor, secondaryWindowOptions } from './window-options.ts';

export interface PresenterWindows {
  /** Opens (or brings forward) the presenter console or the audience window. */
  open(url: string, mode: SecondaryMode, opener: BrowserWindow | null): void;
  /** The open secondary windows. */
  all(): BrowserWindow[];
}

/**
 * Moves a window to `placement`. A full-screen window ignores setBounds, and leaving full
 * screen is asynchronous on macOS and on many Linux window managers: bounds set before
 * 'leave-full-screen' are lost, so the move waits for it.
 */
export function moveWindow(window: BrowserWindow, placement: WindowPlacement): void {
  const move = (): void => {
    if (window.isDestroyed()) return;
    const minimum = minimumSizeFor(placement.bounds);
    window.setMinimumSize(minimum.width, minimum.height);
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
  };
  if (!window.isFullScreen()) {
    move();
    return;
  }
  window.once('leave-full-screen', move);
  window.setFullScreen(false);
}

export function presenterWindows(options: {
  readonly preloadPath: string;
  readonly title: string;
  readonly log: (message: string, detail?: unknown) => void;
}): PresenterWindows {
  const windows = new Map<SecondaryMode, BrowserWindow>();

  return {
    open(url, mode, opener) {
      const existing = windows.get(mode);
      if (existing && !existing.isDestroyed()) {
        existing.focus();
        return;
      }
      const placement = presenterPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay());
      const [own, other] =
        mode === 'presenter'
          ? [placement.presenter, placement.audience]
          : [placement.audience, placement.presenter];
      const window = new BrowserWindow(
        secondaryWindowOptions({
          preloadPath: options.preloadPath,
          bounds: own.bounds,
          title: options.title,
          fullScreen: own.fullScreen,
        }),
      );
      windows.set(mode, window);
      window.on('closed', () => windows.delete(mode));
      if (opener && !opener.isDestroyed() && !opener.isKiosk()) moveWindow(opener, other);
      window.loadURL(url).catch((error: unknown) => options.log(`could not load ${url}`, error));
    },
    all: () => [...windows.values()].filter((window) => !window.isDestroyed()),
  };
}
