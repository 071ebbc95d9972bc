import { useEffect, useRef, useState } from 'react';
import { sameChartView, type ChartView } from '../../core/chart-view.ts';
import type { Orientation } from '../../core/orientation.ts';
import type { DeckAction } from '../deck/navigation.ts';
import { SLIDE_IDS } from '../../core/ids.ts';
import { slideIdFromHash } from '../deck/url.ts';
import { shellApi } from '../platform/bridge.ts';
import type { SyncRole } from './sync-messages.ts';
import {
  broadcastTransport,
  shellTransport,
  type DeckSyncTransport,
  type SyncPosition,
} from './sync-transports.ts';

/** Tells this window's messages from the others' (same origin, same code, so not useId). */
const WINDOW_ID = Math.random().toString(36).slice(2);

const same = (a: SyncPosition, b: SyncPosition) =>
  a.index === b.index && sameChartView(a.charts, b.charts);

/**
 * Keeps this window's deck (slide and chart toggles) in step with the other windows: the
 * presenter console drives the audience windows and follows them. In the desktop app main
 * holds the position (preload bridge); in a browser the windows of the same origin talk over
 * BroadcastChannel, and a window opened on a named slide (`#/trade`) keeps it rather than
 * asking where the others are. An audience window also tells its `design` (landscape, or
 * portrait on a totem); what is returned is the design the audience windows last reported
 * (landscape until one does), which a console draws its previews in.
 */
export function useDeckSync(
  index: number,
  charts: ChartView,
  dispatch: (action: DeckAction) => void,
  role: SyncRole,
  design: Orientation,
): Orientation {
  const [audienceDesign, setAudienceDesign] = useState<Orientation>('landscape');
  const ownDesign = useRef(design);
  const [openedOnSlide] = useState(() =>
    SLIDE_IDS.some((id) => id === slideIdFromHash(window.location.hash)),
  );
  const transport = useRef<DeckSyncTransport | null>(null);
  const current = useRef<SyncPosition>({ index, charts });
  const followed = useRef<{ position: SyncPosition; origin?: string } | null>(null);
  const announced = useRef(false);

  useEffect(() => {
    const api = shellApi();
    const chosen = api ? shellTransport(api) : broadcastTransport(WINDOW_ID, role);
    if (!chosen) return undefined;
    transport.current = chosen;
    const disconnect = chosen.connect({
      ask: !openedOnSlide,
      current: () => current.current,
      design: () => ownDesign.current,
      audienceDesign: setAudienceDesign,
      follow: (position, origin) => {
        if (same(position, current.current)) return;
        followed.current = { position, ...(origin === undefined ? {} : { origin }) };
        // 'go' also closes what is open: not for a toggle on the same slide.
        if (position.index !== current.current.index) {
          dispatch({ type: 'go', index: position.index });
        }
        dispatch({ type: 'set-charts', charts: position.charts });
      },
    });
    return () => {
      transport.current = null;
      disconnect();
    };
  }, [dispatch, role, openedOnSlide]);

  // After the connection above (effects run in order), and again when the window's shape
  // turns the design.
  useEffect(() => {
    ownDesign.current = design;
    if (role === 'audience') transport.current?.reportDesign(design);
  }, [role, design]);

  useEffect(() => {
    const position = { index, charts };
    current.current = position;
    // The first render only asks (above): a reloaded window must not drag the others back.
    if (!announced.current) {
      announced.current = true;
      return;
    }
    const from = followed.current;
    followed.current = null;
    if (from && same(from.position, position)) {
      // A move that came from another window is not echoed back; the console passes an
      // audience window's move on to the other audience windows (browser only: in the
      // desktop app main tells every window).
      if (role === 'presenter' && from.origin !== undefined) {
        transport.current?.announce(position, from.origin);
      }
      return;
    }
    transport.current?.announce(position);
  }, [index, charts, role]);

  return audienceDesign;
}
