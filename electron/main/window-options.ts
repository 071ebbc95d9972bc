/**
 * BrowserWindow options. Every window the app opens (main, secondary, hidden export) gets
 * the same locked-down web preferences; only size and chrome differ.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Rect } from './window-state.ts';

/** Smallest window in which a slide stays legible. */
export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/**
 * The renderer runs as a web page: isolated from the preload, sandboxed, no Node, same-origin
 * policy on, no <webview>, no insecure content, no navigation by dropping files.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * The minimum size of a window placed at `bounds`. The OS grows a window to its minimum size,
 * so a presenter pair sharing a 1366-px laptop (683 px each) would overlap under the usual
 * 800 px minimum; a window is never made smaller than where it is put.
 */
export function minimumSizeFor(bounds: Rect): { readonly width: number; readonly height: number } {
  return {
    width: Math.min(MIN_WINDOW_SIZE.width, bounds.width),
    height: Math.min(MIN_WINDOW_SIZE.height, bounds.height),
  };
}

export function mainWindowOptions(options: {
  readonly preloadPath: string;
  readonly bounds: Rect;
  readonly kiosk: boolean;
  readonly title: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    // A kiosk covers whatever panel it is given (800×480 ones exist): no minimum of ours.
    ...(!options.kiosk && {
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    }),
    title: options.title,
    // Shown on 'ready-to-show', so the first paint is the deck, not a blank frame.
    show: false,
    kiosk: options.kiosk,
    autoHideMenuBar: options.kiosk,
    webPreferences: {
      ...secureWebPreferences(options.preloadPath),
      // An unattended kiosk has no DevTools at all, not merely no shortcut to open them.
      ...(options.kiosk && { devTools: false }),
    },
  };
}

/**
 * A presenter or audience window opened at the renderer's request (see window-open.ts). One
 * that goes full screen is created so (on the display its bounds are on) rather than made
 * full screen afterwards, which some window managers apply before the window has moved.
 */
export function secondaryWindowOptions(options: {
  readonly preloadPath: string;
  readonly bounds: Rect;
  readonly title: string;
  readonly fullScreen: boolean;
}): BrowserWindowConstructorOptions {
  const minimum = minimumSizeFor(options.bounds);
  return {
    ...mainWindowOptions({ ...options, kiosk: false }),
    minWidth: minimum.width,
    minHeight: minimum.height,
    fullscreen: options.fullScreen,
    show: true,
  };
}

/** CSS pixels of a page at 96 dpi: what responsive charts lay themselves out against. */
const PAGE_SIZE_PX = {
  A4: { width: 794, height: 1123 },
  Letter: { width: 816, height: 1056 },
} as const;

/** The hidden window that renders print mode for printToPDF, sized like the printed page. */
export function exportWindowOptions(options: {
  readonly preloadPath: string;
  readonly paper: keyof typeof PAGE_SIZE_PX;
  readonly landscape: boolean;
}): BrowserWindowConstructorOptions {
  const page = PAGE_SIZE_PX[options.paper];
  return {
    width: options.landscape ? page.height : page.width,
    height: options.landscape ? page.width : page.height,
    show: false,
    webPreferences: {
      ...secureWebPreferences(options.preloadPath),
      // A hidden window is throttled by default; charts must draw and deckReady must flip.
      backgroundThrottling: false,
    },
  };
}
