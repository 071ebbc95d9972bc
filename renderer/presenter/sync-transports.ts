import type { BriefingApi } from '../../core/ipc-contract.ts';
import { SLIDES } from '../deck/slides.ts';
import { dropPending, receivePosition } from './shell-position.ts';
import { parseSyncMessage, SYNC_CHANNEL, type SyncMessage } from './sync-messages.ts';

/** How a window hears of and tells about deck moves in the other windows. */
export interface DeckSyncTransport {
  /**
   * Starts listening and asks where the deck is. `follow` gets a position set elsewhere;
   * `current` answers other windows that ask. Returns the disposer.
   */
  connect(window: {
    readonly follow: (index: number) => void;
    readonly current: () => number;
  }): () => void;
  /** This window moved. */
  announce(index: number): void;
}

/**
 * The desktop app: main holds the position (deck:go, deck:position, deck:get-position), so
 * a window that reloads or opens late asks main rather than the other windows.
 */
export function shellTransport(api: BriefingApi): DeckSyncTransport {
  let pending: readonly number[] = [];
  return {
    connect({ follow }) {
      let live = true;
      const unsubscribe = api.onPosition(({ index }) => {
        const receipt = receivePosition(pending, index);
        pending = receipt.pending;
        if (receipt.follow !== undefined) follow(receipt.follow);
      });
      api
        .getPosition()
        .then(({ index }) => {
          // A move made here since asking is newer than main's answer.
          if (live && pending.length === 0) follow(index);
        })
        .catch((error: unknown) => console.warn('[briefing] deck position unavailable', error));
      return () => {
        live = false;
        unsubscribe();
      };
    },
    announce(index) {
      pending = [...pending, index];
      api.goToSlide(index).catch((error: unknown) => {
        pending = dropPending(pending, index);
        console.warn('[briefing] the shell refused a deck move', error);
      });
    },
  };
}

/**
 * A browser: the windows of the same origin talk over BroadcastChannel; a window that opens
 * or reloads asks the others. Undefined where BroadcastChannel is missing (the window then
 * simply runs alone).
 */
export function broadcastTransport(windowId: string): DeckSyncTransport | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  let channel: BroadcastChannel | null = null;
  return {
    connect({ follow, current }) {
      const bc = new BroadcastChannel(SYNC_CHANNEL);
      channel = bc;
      bc.onmessage = (event: MessageEvent<unknown>) => {
        const message = parseSyncMessage(event.data, SLIDES.length);
        if (!message || message.from === windowId) return;
        if (message.type === 'where') {
          bc.postMessage({ type: 'go', index: current(), from: windowId } satisfies SyncMessage);
        } else {
          follow(message.index);
        }
      };
      bc.postMessage({ type: 'where', from: windowId } satisfies SyncMessage);
      return () => {
        channel = null;
        bc.close();
      };
    },
    announce(index) {
      channel?.postMessage({ type: 'go', index, from: windowId } satisfies SyncMessage);
    },
  };
}
