import type { BriefingApi } from '../../core/ipc-contract.ts';
import { PLAIN_CHARTS, type ChartView } from '../../core/chart-view.ts';
import type { Orientation } from '../../core/orientation.ts';
import { SLIDES } from '../deck/slides.ts';
import { dropPending, receivePosition } from './shell-position.ts';
import {
  parseSyncMessage,
  reactionTo,
  SYNC_CHANNEL,
  type SyncMessage,
  type SyncRole,
} from './sync-messages.ts';

/** The slide a window shows and how its charts are viewed. */
export interface SyncPosition {
  readonly index: number;
  readonly charts: ChartView;
}

/** How a window hears of and tells about deck moves in the other windows. */
export interface DeckSyncTransport {
  /**
   * Starts listening and, when `ask` is set, asks where the deck is. `follow` gets a position
   * set elsewhere (with the window it came from, when known); `current` answers other windows
   * that ask. Returns the disposer.
   */
  connect(window: {
    readonly follow: (position: SyncPosition, origin?: string) => void;
    readonly current: () => SyncPosition;
    readonly ask: boolean;
    /** A console: gets the design an audience window shows, now and whenever it changes. */
    readonly audienceDesign: (design: Orientation) => void;
    /** An audience window: its design, for a console that asks. */
    readonly design: () => Orientation;
  }): () => void;
  /** This window moved, or passes on the move of window `origin`. */
  announce(position: SyncPosition, origin?: string): void;
  /** This audience window shows the deck in `design` (on opening, and when it changes). */
  reportDesign(design: Orientation): void;
}

/**
 * The desktop app: main holds the position (deck:go, deck:position, deck:get-position), so
 * a window that reloads or opens late asks main rather than the other windows. Main opens
 * every deck window at its current slide, so it is always asked.
 */
export function shellTransport(api: BriefingApi): DeckSyncTransport {
  let pending: readonly number[] = [];
  return {
    connect({ follow, audienceDesign }) {
      let live = true;
      const unsubscribe = api.onPosition(({ index, charts, audience }) => {
        if (audience) audienceDesign(audience);
        const receipt = receivePosition(pending, index);
        pending = receipt.pending;
        if (receipt.follow !== undefined) {
          follow({ index: receipt.follow, charts: charts ?? PLAIN_CHARTS });
        }
      });
      api
        .getPosition()
        .then(({ index, charts, audience }) => {
          if (!live) return;
          if (audience) audienceDesign(audience);
          // A move made here since asking is newer than main's answer.
          if (pending.length === 0) follow({ index, charts: charts ?? PLAIN_CHARTS });
        })
        .catch((error: unknown) => console.warn('[briefing] deck position unavailable', error));
      return () => {
        live = false;
        unsubscribe();
      };
    },
    announce({ index, charts }) {
      pending = [...pending, index];
      api.goToSlide(index, charts).catch((error: unknown) => {
        pending = dropPending(pending, index);
        console.warn('[briefing] the shell refused a deck move', error);
      });
    },
    reportDesign(design) {
      api.reportAudienceDesign(design).catch((error: unknown) => {
        console.warn('[briefing] the shell refused the audience design', error);
      });
    },
  };
}

/**
 * A browser: the windows of the same origin talk over BroadcastChannel, the console driving
 * its audience windows (see reactionTo). Undefined where BroadcastChannel is missing (the
 * window then simply runs alone).
 */
export function broadcastTransport(id: string, role: SyncRole): DeckSyncTransport | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  let channel: BroadcastChannel | null = null;
  const go = (position: SyncPosition, origin?: string): SyncMessage => ({
    type: 'go',
    ...position,
    from: id,
    role,
    ...(origin === undefined ? {} : { origin }),
  });
  const designOf = (design: Orientation): SyncMessage => ({
    type: 'design',
    design,
    from: id,
    role,
  });
  return {
    connect({ follow, current, ask, audienceDesign, design }) {
      const bc = new BroadcastChannel(SYNC_CHANNEL);
      channel = bc;
      bc.onmessage = (event: MessageEvent<unknown>) => {
        const message = parseSyncMessage(event.data, SLIDES.length);
        if (!message) return;
        const reaction = reactionTo(message, { id, role });
        if (reaction === 'answer') {
          bc.postMessage(message.type === 'which-design' ? designOf(design()) : go(current()));
        } else if (reaction === 'follow') {
          if (message.type === 'go') follow(message, message.from);
          else if (message.type === 'design') audienceDesign(message.design);
        }
      };
      if (ask) bc.postMessage({ type: 'where', from: id, role } satisfies SyncMessage);
      if (role === 'presenter') {
        bc.postMessage({ type: 'which-design', from: id, role } satisfies SyncMessage);
      }
      return () => {
        channel = null;
        bc.close();
      };
    },
    announce(position, origin) {
      channel?.postMessage(go(position, origin));
    },
    reportDesign(design) {
      channel?.postMessage(designOf(design));
    },
  };
}
