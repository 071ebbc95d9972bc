/**
 * Messages between the presenter console and audience windows of the same origin
 * (BroadcastChannel in a browser). Anything received is validated: another tab or an
 * older version of the app may post anything.
 */

export const SYNC_CHANNEL = 'briefing:deck-sync';

export type SyncMessage =
  /** A window moved to this slide; every other window follows. */
  | { readonly type: 'go'; readonly index: number; readonly from: string }
  /** A window opened or reloaded and asks where the deck is. */
  | { readonly type: 'where'; readonly from: string };

export function parseSyncMessage(data: unknown, slideCount: number): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (typeof message.from !== 'string' || message.from.length === 0 || message.from.length > 64) {
    return null;
  }
  if (message.type === 'where') return { type: 'where', from: message.from };
  if (
    message.type === 'go' &&
    typeof message.index === 'number' &&
    Number.isInteger(message.index) &&
    message.index >= 0 &&
    message.index < slideCount
  ) {
    return { type: 'go', index: message.index, from: message.from };
  }
  return null;
}
