import { useEffect, useRef } from 'react';
import type { DeckAction } from '../deck/navigation.ts';
import { shellApi } from '../platform/bridge.ts';
import { broadcastTransport, shellTransport, type DeckSyncTransport } from './sync-transports.ts';

/** Tells this window's messages from the others' (same origin, same code, so not useId). */
const WINDOW_ID = Math.random().toString(36).slice(2);

/**
 * Keeps this window's deck in step with the other windows (presenter console and audience):
 * a move here is told, a move there is followed, and a window that opens or reloads asks
 * where the deck is. In the desktop app main holds the position (preload bridge); in a
 * browser the windows of the same origin talk over BroadcastChannel.
 */
export function useDeckSync(index: number, dispatch: (action: DeckAction) => void): void {
  const transport = useRef<DeckSyncTransport | null>(null);
  const current = useRef(index);
  const followed = useRef<number | null>(null);
  const announced = useRef(false);

  useEffect(() => {
    const api = shellApi();
    const chosen = api ? shellTransport(api) : broadcastTransport(WINDOW_ID);
    if (!chosen) return undefined;
    transport.current = chosen;
    const disconnect = chosen.connect({
      current: () => current.current,
      follow: (target) => {
        if (target === current.current) return;
        followed.current = target;
        dispatch({ type: 'go', index: target });
      },
    });
    return () => {
      transport.current = null;
      disconnect();
    };
  }, [dispatch]);

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
    transport.current?.announce(index);
  }, [index]);
}
