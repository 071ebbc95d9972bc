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

export function mainWindowOptions(options: {
  readonly preloadPath: string;
  readonly bounds: Rect;
  readonly kiosk: boolean;
  readonly title: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
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

/** A presenter or audience window opened at the renderer's request (see window-open.ts). */
export function secondaryWindowOptions(options: {
  readonly preloadPath: string;
  readonly bounds: Rect;
  readonly title: string;
}): BrowserWindowConstructorOptions {
  return { ...mainWindowOptions({ ...options, kiosk: false }), show: true };
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
