import { parseChartView, type ChartView } from '../../core/chart-view.ts';
import { ORIENTATIONS, type Orientation } from '../../core/orientation.ts';

/**
 * Messages between the presenter console and audience windows of the same origin
 * (BroadcastChannel in a browser). Anything received is validated: another tab or an
 * older version of the app may post anything.
 */

export const SYNC_CHANNEL = 'briefing:deck-sync';

/** The presenter console drives; `?mode=present` windows are its audience. */
export const SYNC_ROLES = ['presenter', 'audience'] as const;

export type SyncRole = (typeof SYNC_ROLES)[number];

export type SyncMessage =
  /**
   * A window moved to this slide, or changed its charts' view. `origin` is the window whose
   * move a console passes on to the other audience windows.
   */
  | {
      readonly type: 'go';
      readonly index: number;
      readonly charts: ChartView;
      readonly from: string;
      readonly role: SyncRole;
      readonly origin?: string;
    }
  /** A window opened without a slide in its address and asks where the deck is. */
  | { readonly type: 'where'; readonly from: string; readonly role: SyncRole }
  /**
   * An audience window shows the deck in this design: sent when it opens, when its design
   * changes and to a console that asks, so the console's previews show the same design.
   */
  | {
      readonly type: 'design';
      readonly design: Orientation;
      readonly from: string;
      readonly role: SyncRole;
    }
  /** A console that opens asks the audience windows for their design. */
  | { readonly type: 'which-design'; readonly from: string; readonly role: SyncRole };

function isWindowId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64;
}

export function parseSyncMessage(data: unknown, slideCount: number): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const { from, role } = message;
  if (!isWindowId(from) || !SYNC_ROLES.some((r) => r === role)) return null;
  const sender = { from, role: role as SyncRole };
  if (message.type === 'where') return { type: 'where', ...sender };
  if (message.type === 'which-design') return { type: 'which-design', ...sender };
  if (message.type === 'design') {
    const design = ORIENTATIONS.find((o) => o === message.design);
    return design ? { type: 'design', design, ...sender } : null;
  }
  const charts = parseChartView(message.charts);
  if (
    message.type === 'go' &&
    typeof message.index === 'number' &&
    Number.isInteger(message.index) &&
    message.index >= 0 &&
    message.index < slideCount &&
    charts &&
    (message.origin === undefined || isWindowId(message.origin))
  ) {
    const origin = message.origin === undefined ? {} : { origin: message.origin };
    return { type: 'go', index: message.index, charts, ...sender, ...origin };
  }
  return null;
}

/**
 * What a window does with another window's message. Audience windows follow the console
 * only, never each other, so a tab opened on a slide keeps it; the console follows an
 * audience window too (a clicker aimed at the projector's window) and passes the move on.
 * A console answers every window that asks where the deck is; an audience window answers
 * only a console. A console follows the design an audience window reports, and audience
 * windows answer a console that asks for it.
 */
export function reactionTo(
  message: SyncMessage,
  self: { readonly id: string; readonly role: SyncRole },
): 'follow' | 'answer' | 'ignore' {
  if (message.from === self.id) return 'ignore';
  // Designs go from audience windows to consoles only.
  if (message.type === 'design') {
    return self.role === 'presenter' && message.role === 'audience' ? 'follow' : 'ignore';
  }
  if (message.type === 'which-design') {
    return self.role === 'audience' && message.role === 'presenter' ? 'answer' : 'ignore';
  }
  if (message.type === 'where') {
    return self.role === 'presenter' || message.role === 'presenter' ? 'answer' : 'ignore';
  }
  if (self.role === 'presenter') return 'follow';
  // A console passing on this window's own move: this window is there already, or further.
  return message.role === 'presenter' && message.origin !== self.id ? 'follow' : 'ignore';
}
