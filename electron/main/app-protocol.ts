/**
 * The `app://` scheme the renderer is served from in production: a standard, secure origin
 * (so relative URLs, fetch and storage work) that is not the file system and not a web server.
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefing';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must be registered before the app is ready; Electron ignores later registrations.
 * `codeCache`: V8 keeps the renderer's compiled scripts in the session's "Code Cache" folder,
 * as it does for http(s), so that a relaunch or a kiosk restart does not compile the app's
 * script again (code cache is off for custom schemes unless asked for).
 */
export const PRIVILEGED_SCHEMES: readonly CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
];

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Chromium refuses module scripts served with a wrong MIME type, so the table must be exact. */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestTarget =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

/**
 * Maps an `app://briefing/...` URL to a file inside `root`, or refuses it. Anything that
 * could leave `root` (dot segments, encoded separators, backslashes, NUL) is refused before
 * the path is resolved, and the resolved path is checked again.
 */
export function resolveAppRequest(url: string, root: string): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400, reason: 'Malformed URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { kind: 'refused', status: 404, reason: 'Unknown host' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'Malformed path' };
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const segments = pathname.split('/');
  if (
    pathname.includes('\0') ||
    pathname.includes('\\') ||
    segments.some((segment) => segment === '..' || segment === '.')
  ) {
    return { kind: 'refused', status: 403, reason: 'Path outside the app' };
  }
  const path = resolve(root, ...segments.filter((segment) => segment !== ''));
  const inside = relative(resolve(root), path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { kind: 'refused', status: 403, reason: 'Path outside the app' };
  }
  return { kind: 'file', path, mimeType: mimeTypeFor(path) };
}

/** Headers for every `app://` response, including refusals. */
export function appResponseHeaders(mimeType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
  };
}
