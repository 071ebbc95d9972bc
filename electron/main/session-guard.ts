/**
 * The session every window shares: no permission for anything, the app's Content Security
 * Policy on the app's own responses, and app:// served from the built renderer folder.
 */
import { protocol, session } from 'electron';
import { APP_SCHEME } from './app-protocol.ts';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';
import { isAllowedOrigin } from './navigation.ts';
import { serveAppRequest } from './protocol-serve.ts';
import type { RendererLocation } from './start-url.ts';

export function guardSession(renderer: RendererLocation, rendererDir: string): void {
  const csp = contentSecurityPolicy(renderer.devServerOrigin);
  const ses = session.defaultSession;
  // The deck needs no device, notification or storage permission; full screen goes through IPC.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The CSP is the app's: a response from anywhere else (DevTools' own pages) keeps its headers.
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback(
      isAllowedOrigin(details.url, renderer.allowedOrigins)
        ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) }
        : {},
    ),
  );
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir, csp));
}
