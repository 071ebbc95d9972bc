import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefingApi, DeckPosition } from '../../core/ipc-contract.ts';
import type { Orientation } from '../../core/orientation.ts';
import { broadcastTransport, shellTransport, type DeckSyncTransport } from './sync-transports.ts';

const plain = { log: [], tables: [] };

/** Connects a transport as a window would, recording the audience designs it is told. */
function connect(transport: DeckSyncTransport, own: Orientation = 'landscape') {
  const designs: Orientation[] = [];
  const disconnect = transport.connect({
    ask: false,
    current: () => ({ index: 2, charts: plain }),
    follow: () => undefined,
    design: () => own,
    audienceDesign: (design) => designs.push(design),
  });
  return { designs, disconnect };
}

/** Lets BroadcastChannel deliver what was posted. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the audience design between windows of a browser (BroadcastChannel)', () => {
  const open: (() => void)[] = [];
  afterEach(() => open.splice(0).forEach((disconnect) => disconnect()));

  it('reaches a console open before the audience window, and again when it changes', async () => {
    const console_ = connect(broadcastTransport('p', 'presenter') as DeckSyncTransport);
    const audience = broadcastTransport('a', 'audience') as DeckSyncTransport;
    open.push(console_.disconnect, connect(audience, 'portrait').disconnect);
    audience.reportDesign('portrait');
    await delivered();
    audience.reportDesign('landscape');
    await delivered();
    expect(console_.designs).toEqual(['portrait', 'landscape']);
  });

  it('is asked for by a console opened after the audience window', async () => {
    open.push(
      connect(broadcastTransport('a', 'audience') as DeckSyncTransport, 'portrait').disconnect,
    );
    const console_ = connect(broadcastTransport('p', 'presenter') as DeckSyncTransport);
    open.push(console_.disconnect);
    await delivered();
    await delivered();
    expect(console_.designs).toEqual(['portrait']);
  });

  it('is not taken from another console, nor by an audience window', async () => {
    const audience = connect(broadcastTransport('a', 'audience') as DeckSyncTransport);
    const other = broadcastTransport('q', 'presenter') as DeckSyncTransport;
    open.push(audience.disconnect, connect(other).disconnect);
    other.reportDesign('portrait');
    await delivered();
    expect(audience.designs).toEqual([]);
  });
});

describe('the audience design in the desktop app (main holds it)', () => {
  function fakeApi(position: DeckPosition) {
    const listeners: ((p: DeckPosition) => void)[] = [];
    const api = {
      getPosition: vi.fn(async () => position),
      onPosition: (listener: (p: DeckPosition) => void) => {
        listeners.push(listener);
        return () => undefined;
      },
      goToSlide: vi.fn(async () => undefined),
      reportAudienceDesign: vi.fn(async () => undefined),
    } as unknown as BriefingApi;
    return { api, tell: (p: DeckPosition) => listeners.forEach((l) => l(p)) };
  }

  it('comes with main’s position, when asked and when it changes', async () => {
    const { api, tell } = fakeApi({ index: 3, audience: 'portrait' });
    const console_ = connect(shellTransport(api));
    await delivered();
    tell({ index: 3, audience: 'landscape' });
    tell({ index: 4 });
    expect(console_.designs).toEqual(['portrait', 'landscape']);
  });

  it('is reported to main by an audience window', () => {
    const { api } = fakeApi({ index: 0 });
    shellTransport(api).reportDesign('portrait');
    expect(api.reportAudienceDesign).toHaveBeenCalledWith('portrait');
  });
});
