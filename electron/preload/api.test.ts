import { describe, expect, it, vi } from 'vitest';
import type { ShellCommand } from '../../core/ipc-contract.ts';
import { createBriefingApi, type BridgeIpc } from './api.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(reply: unknown = { ok: true, value: undefined }) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn<BridgeIpc['invoke']>(async () => reply),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies BridgeIpc;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'ipcRenderer' }, ...args);
  };
  return { ipc, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('createBriefingApi', () => {
  it('exposes only the named API', () => {
    const api = createBriefingApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(
      [
        'exitKiosk',
        'exportPdf',
        'exportPptx',
        'getPosition',
        'getSettings',
        'goToSlide',
        'onCommand',
        'onPosition',
        'reportAudienceDesign',
        'setLanguage',
        'shell',
        'toggleFullScreen',
      ].sort(),
    );
    expect(api.shell).toBe('electron');
  });

  it('invokes each contract channel with its arguments and unwraps the reply', async () => {
    const { ipc } = fakeIpc({ ok: true, value: { language: 'fr' } });
    const api = createBriefingApi(ipc);
    await expect(api.getSettings()).resolves.toEqual({ language: 'fr' });
    await api.setLanguage('kk');
    await api.exportPdf({ language: 'en', layout: 'slides', paper: 'A4', perPage: 1 });
    const deck = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    await api.exportPptx({ language: 'fr', deck });
    await api.toggleFullScreen();
    await api.goToSlide(4);
    await api.goToSlide(2, { log: ['trade-growth'], tables: [] });
    await api.getPosition();
    await api.reportAudienceDesign('portrait');
    await api.exitKiosk('2468');
    expect(ipc.invoke.mock.calls).toEqual([
      ['settings:get'],
      ['settings:set-language', 'kk'],
      ['export:pdf', { language: 'en', layout: 'slides', paper: 'A4', perPage: 1 }],
      ['export:pptx', { language: 'fr', deck }],
      ['window:toggle-full-screen'],
      ['deck:go', 4],
      ['deck:go', 2, { log: ['trade-growth'], tables: [] }],
      ['deck:get-position'],
      ['deck:audience', 'portrait'],
      ['kiosk:exit', '2468'],
    ]);
  });

  it('turns a refused request into a rejected promise that names the code', async () => {
    const error = {
      code: 'invalid-payload',
      channel: 'settings:set-language',
      message: 'Invalid payload for settings:set-language',
      issues: ['0: Invalid option'],
    };
    const api = createBriefingApi(fakeIpc({ ok: false, error }).ipc);
    await expect(api.setLanguage('en')).rejects.toThrow(
      /^invalid-payload \(settings:set-language\)/,
    );
  });

  it('relays commands without the IPC event and stops after the disposer runs', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createBriefingApi(ipc);
    const seen: unknown[][] = [];
    const dispose = api.onCommand((...args: unknown[]) => seen.push(args));
    const command: ShellCommand = { type: 'go', slideId: 'trade' };
    emit('shell:command', command);
    expect(seen).toEqual([[command]]);
    dispose();
    expect(count('shell:command')).toBe(0);
    emit('shell:command', { type: 'show-help' });
    expect(seen).toHaveLength(1);
  });

  it('relays deck positions without the IPC event, until unsubscribed', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createBriefingApi(ipc);
    const seen: unknown[][] = [];
    const dispose = api.onPosition((...args: unknown[]) => seen.push(args));
    emit('deck:position', { index: 3 });
    expect(seen).toEqual([[{ index: 3 }]]);
    dispose();
    expect(count('deck:position')).toBe(0);
  });
});
