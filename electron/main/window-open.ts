/**
 * What to do when the page calls `window.open`. The page never gets a window of its own:
 * the renderer's presenter console and audience view (same deck, `mode=presenter|present`,
 * both following main's deck position) are opened by main, with main's secure options and
 * placement on the displays; every other request is dropped.
 */
import { isAllowedOrigin } from './navigation.ts';

export const SECONDARY_MODES = ['present', 'presenter'] as const;
export type SecondaryMode = (typeof SECONDARY_MODES)[number];

export type WindowOpenDecision =
  | { readonly kind: 'deny' }
  | { readonly kind: 'open-secondary'; readonly url: string; readonly mode: SecondaryMode };

export function windowOpenDecision(
  url: string,
  context: { readonly allowedOrigins: readonly string[]; readonly kiosk: boolean },
): WindowOpenDecision {
  // An unattended kiosk shows one window only.
  if (context.kiosk || !isAllowedOrigin(url, context.allowedOrigins)) return { kind: 'deny' };
  const mode = new URL(url).searchParams.get('mode');
  return mode === 'present' || mode === 'presenter'
    ? { kind: 'open-secondary', url, mode }
    : { kind: 'deny' };
}
