import { describe, expect, it } from 'vitest';
import {
  exportWindowOptions,
  mainWindowOptions,
  minimumSizeFor,
  secondaryWindowOptions,
  secureWebPreferences,
} from './window-options.ts';

const preloadPath = '/app/out/preload/index.cjs';
const bounds = { x: 10, y: 20, width: 1200, height: 700 };

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with the preload bridge', () => {
    expect(secureWebPreferences(preloadPath)).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('window options', () => {
  it('builds a hidden-until-ready main window at the given bounds', () => {
    const options = mainWindowOptions({ preloadPath, bounds, kiosk: false, title: 'Briefing' });
    expect(options).toMatchObject({
      ...bounds,
      show: false,
      kiosk: false,
      minWidth: 800,
      minHeight: 500,
    });
    expect(options.webPreferences).toEqual(secureWebPreferences(preloadPath));
  });

  it('makes a kiosk window without a menu bar or DevTools', () => {
    const options = mainWindowOptions({ preloadPath, bounds, kiosk: true, title: 'B' });
    expect(options).toMatchObject({ ...bounds, kiosk: true, autoHideMenuBar: true });
    // An 800×480 panel must be covered whole.
    expect(options.minWidth).toBeUndefined();
    expect(options.minHeight).toBeUndefined();
    expect(options.webPreferences).toEqual({
      ...secureWebPreferences(preloadPath),
      devTools: false,
    });
  });

  it('gives secondary windows the same preferences, shown at once', () => {
    const options = secondaryWindowOptions({ preloadPath, bounds, title: 'B', fullScreen: true });
    expect(options).toMatchObject({ show: true, kiosk: false, fullscreen: true });
    expect(options.webPreferences).toEqual(secureWebPreferences(preloadPath));
  });

  it('lets a secondary window be as small as half a 1280-px laptop, and no smaller than put', () => {
    const half = { x: 640, y: 0, width: 640, height: 688 };
    expect(
      secondaryWindowOptions({ preloadPath, bounds: half, title: 'B', fullScreen: false }),
    ).toMatchObject({ ...half, minWidth: 640, minHeight: 500, fullscreen: false });
    expect(minimumSizeFor({ x: 0, y: 0, width: 1920, height: 400 })).toEqual({
      width: 800,
      height: 400,
    });
  });

  it('sizes the hidden export window like the printed page and keeps it unthrottled', () => {
    const slides = exportWindowOptions({ preloadPath, paper: 'A4', landscape: true });
    expect(slides).toMatchObject({ width: 1123, height: 794, show: false });
    expect(slides.webPreferences).toEqual({
      ...secureWebPreferences(preloadPath),
      backgroundThrottling: false,
    });
    expect(exportWindowOptions({ preloadPath, paper: 'Letter', landscape: false })).toMatchObject({
      width: 816,
      height: 1056,
    });
  });
});
