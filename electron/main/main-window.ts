/**
 * The deck's own window: where it opens (a kiosk covers its display; otherwise where it was
 * left, checked against the displays now connected), when it is shown, and what it remembers.
 */
import { app, BrowserWindow, screen } from 'electron';
import type { DisplayInfo } from './displays.ts';
import type { StateStore } from './state-store.ts';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, mainWindowOptions } from './window-options.ts';
import { placeWindow } from './window-state.ts';

/**
 * How long a window waits for its first paint before it is shown anyway. 'ready-to-show'
 * comes after the first paint, which never happens when the renderer hangs or the page
 * fails; a hidden window would then leave the user (or a kiosk's audience) with nothing.
 */
export const SHOW_FALLBACK_MS = 5_000;

/** The window's last placement is saved on 'close'; the app quits once that write has landed. */
export function saveStateBeforeQuit(store: StateStore): void {
  let saved = false;
  app.on('will-quit', (event) => {
    if (saved) return;
    event.preventDefault();
    void store.flush().finally(() => {
      saved = true;
      app.quit();
    });
  });
}

export function createMainWindow(options: {
  readonly preloadPath: string;
  readonly title: string;
  readonly store: StateStore;
  /** The kiosk's display; undefined for an ordinary window. */
  readonly kioskDisplay: DisplayInfo | undefined;
}): BrowserWindow {
  const { store, kioskDisplay } = options;
  const placement = kioskDisplay
    ? { bounds: kioskDisplay.bounds, maximized: false, fullScreen: false }
    : placeWindow({
        saved: store.get().window,
        workAreas: screen.getAllDisplays().map((display) => display.workArea),
        primary: screen.getPrimaryDisplay().workArea,
        defaultSize: DEFAULT_WINDOW_SIZE,
        minSize: MIN_WINDOW_SIZE,
      });
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: options.preloadPath,
      bounds: placement.bounds,
      kiosk: kioskDisplay !== undefined,
      title: options.title,
    }),
  );

  let shown = false;
  const show = (): void => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    clearTimeout(fallback);
    if (placement.maximized) window.maximize();
    if (placement.fullScreen) window.setFullScreen(true);
    window.show();
  };
  const fallback = setTimeout(show, SHOW_FALLBACK_MS);
  window.once('ready-to-show', show);
  // A page that fails to load paints Chromium's error page or nothing: show the window anyway.
  window.webContents.once('did-fail-load', show);
  window.on('closed', () => clearTimeout(fallback));

  if (!kioskDisplay) {
    window.on('close', () => {
      void store.update({
        window: {
          bounds: window.getNormalBounds(),
          maximized: window.isMaximized(),
          fullScreen: window.isFullScreen(),
        },
      });
    });
  }
  return window;
}
