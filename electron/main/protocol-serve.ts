import { readFile } from 'node:fs/promises';
import { appResponseHeaders, resolveAppRequest } from './app-protocol.ts';

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `root`.
 * No Electron import, so it is tested against a real directory.
 */
export async function serveAppRequest(
  request: Request,
  root: string,
  csp: string,
): Promise<Response> {
  const refuse = (status: number, reason: string): Response =>
    new Response(reason, { status, headers: appResponseHeaders('text/plain; charset=utf-8', csp) });

  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(405, 'Method not allowed');
  const target = resolveAppRequest(request.url, root);
  if (target.kind === 'refused') return refuse(target.status, target.reason);
  try {
    const body = await readFile(target.path);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(target.mimeType, csp),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && NOT_FOUND_CODES.has(code)) return refuse(404, 'Not found');
    console.error('[briefing] app:// read failed', target.path, error);
    return refuse(500, 'Read failed');
  }
}
