/**
 * The renderer URL the shell opens: the URL contract of DESIGN.md
 * (`index.html?lang=…&mode=…[&layout=…&paper=…&perPage=…][&orientation=…]#/<slide>`) on the app origin, or on Vite's dev server.
 */
import type { Paper, PerPage, PrintLayout } from '../../core/modes.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol.ts';
import { originOf } from './navigation.ts';
import type { StartOptions } from './start-options.ts';

export interface RendererLocation {
  /** The renderer's index.html. */
  readonly entry: string;
  /** Origins allowed to be shown in a window and to call main. */
  readonly allowedOrigins: readonly string[];
  /** The dev server origin, when the renderer comes from one. */
  readonly devServerOrigin?: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the renderer comes from. The dev server (`ELECTRON_RENDERER_URL`, set by
 * `electron-vite dev`) is used only by an unpackaged app and only on loopback, so a stray
 * variable can never point a shipped app at remote content.
 */
export function rendererLocation(options: {
  readonly isPackaged: boolean;
  readonly devServerUrl: string | undefined;
}): RendererLocation {
  const production = { entry: APP_ENTRY_URL, allowedOrigins: [APP_ORIGIN] };
  if (options.isPackaged || options.devServerUrl === undefined) return production;
  let url: URL;
  try {
    url = new URL(options.devServerUrl);
  } catch {
    return production;
  }
  const origin = originOf(url.href);
  if (origin === undefined || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    return production;
  }
  return {
    entry: new URL('index.html', url).href,
    allowedOrigins: [APP_ORIGIN, origin],
    devServerOrigin: origin,
  };
}

export interface PageRequest extends StartOptions {
  /** Print layout, paper and slides a page; only meaningful with mode `print`. */
  readonly layout?: PrintLayout;
  readonly paper?: Paper;
  readonly perPage?: PerPage;
}

/**
 * Builds the page URL. Every value is a validated token (language, mode, layout, number,
 * slide id), so the query is written as the contract shows it (`langs=fr,kk`,
 * `dwells=trade:30,quote:8`), unescaped.
 */
export function buildPageUrl(entry: string, page: PageRequest): string {
  const params = [`lang=${page.language}`, `mode=${page.mode}`];
  if (page.mode === 'print') {
    if (page.layout !== undefined) params.push(`layout=${page.layout}`);
    if (page.paper !== undefined) params.push(`paper=${page.paper}`);
    if (page.perPage !== undefined) params.push(`perPage=${page.perPage}`);
  }
  // Print keeps its paper layouts: a forced design is for the screen modes.
  if (page.orientation !== undefined && page.orientation !== 'auto' && page.mode !== 'print') {
    params.push(`orientation=${page.orientation}`);
  }
  if (page.mode === 'kiosk' && page.kiosk !== undefined) {
    const { dwell, idle, langs, dwells, pinExit } = page.kiosk;
    if (dwell !== undefined) params.push(`dwell=${dwell}`);
    if (idle !== undefined) params.push(`idle=${idle}`);
    if (langs !== undefined) params.push(`langs=${langs.join(',')}`);
    const perSlide = Object.entries(dwells ?? {}).map(([id, seconds]) => `${id}:${seconds}`);
    if (perSlide.length > 0) params.push(`dwells=${perSlide.join(',')}`);
    if (pinExit === true) params.push('exit=pin');
  }
  const base = entry.replace(/[?#].*$/, '');
  const hash = page.slide === undefined ? '' : `#/${page.slide}`;
  return `${base}?${params.join('&')}${hash}`;
}
