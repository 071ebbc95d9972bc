/**
 * The fences every web contents gets (deck, presenter, hidden export, DevTools): no
 * navigation or redirect away from the app, no <webview>, no window of the page's own. The
 * presenter view's windows are the one thing `window.open` leads to, opened by main.
 */
import type { BrowserWindow, WebContents } from 'electron';
import { isAllowedOrigin } from './navigation.ts';
import { windowOpenDecision, type SecondaryMode } from './window-open.ts';

export interface FenceContext {
  readonly allowedOrigins: readonly string[];
  readonly kiosk: boolean;
  readonly log: (message: string, detail?: unknown) => void;
  readonly windowOf: (contents: WebContents) => BrowserWindow | null;
  readonly openSecondary: (url: string, mode: SecondaryMode, opener: BrowserWindow | null) => void;
}

export function fenceWebContents(contents: WebContents, context: FenceContext): void {
  const fence = (event: { readonly url: string; preventDefault(): void }): void => {
    if (isAllowedOrigin(event.url, context.allowedOrigins)) return;
    event.preventDefault();
    context.log('navigation refused', event.url);
  };
  contents.on('will-navigate', fence);
  contents.on('will-redirect', fence);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url, context);
    if (decision.kind === 'open-secondary') {
      context.openSecondary(decision.url, decision.mode, context.windowOf(contents));
    } else {
      context.log('window.open refused', url);
    }
    return { action: 'deny' };
  });
}
