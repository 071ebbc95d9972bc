import { useEffect, useRef } from 'react';
import type { DeckAction } from '../deck/navigation.ts';
import { SLIDES } from '../deck/slides.ts';
import { parseSyncMessage, SYNC_CHANNEL, type SyncMessage } from './sync-messages.ts';

/**
 * Keeps this window's deck in step with the other windows of the same origin (presenter
 * console and audience tabs): a move here is posted, a move there is followed, and a window
 * that opens or reloads asks where the deck is. Where BroadcastChannel is missing the
 * window simply runs alone.
 */
/** Tells this window's messages from the others' (same origin, same code, so not useId). */
const WINDOW_ID = Math.random().toString(36).slice(2);

export function useDeckSync(index: number, dispatch: (action: DeckAction) => void): void {
  const id = WINDOW_ID;
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(index);
  const followed = useRef<number | null>(null);
  const announced = useRef(false);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const bc = new BroadcastChannel(SYNC_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseSyncMessage(event.data, SLIDES.length);
      if (!message || message.from === id) return;
      if (message.type === 'where') {
        bc.postMessage({ type: 'go', index: current.current, from: id } satisfies SyncMessage);
      } else if (message.index !== current.current) {
        followed.current = message.index;
        dispatch({ type: 'go', index: message.index });
      }
    };
    bc.postMessage({ type: 'where', from: id } satisfies SyncMessage);
    return () => {
      channel.current = null;
      bc.close();
    };
  }, [id, dispatch]);

  useEffect(() => {
    current.current = index;
    // The first render only asks (above): a reloaded window must not drag the others back.
    // A move that came from another window is not echoed back either.
    if (!announced.current) {
      announced.current = true;
      return;
    }
    if (followed.current === index) {
      followed.current = null;
      return;
    }
    channel.current?.postMessage({ type: 'go', index, from: id } satisfies SyncMessage);
  }, [index, id]);
}
