import { describe, expect, it, vi } from 'vitest';
import {
  INVOKE_CHANNELS,
  type ExportRequest,
  type PptxExportRequest,
  type InvokeChannel,
} from '../../core/ipc-contract.ts';
import { KIOSK_CHANNELS } from './kiosk-policy.ts';
import { registerIpcHandlers, type InvokeHandlers, type IpcMainLike } from './ipc-handlers.ts';

interface Event {
  readonly senderFrame: { readonly url: string } | null;
}

const fromApp: Event = { senderFrame: { url: 'app://briefing/index.html?lang=fr#/trade' } };

function setup(
  overrides: Partial<InvokeHandlers<Event>> = {},
  allowedChannels?: ReadonlySet<InvokeChannel>,
) {
  const listeners = new Map<string, (event: Event, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike<Event> = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const handlers = {
    'settings:get': vi.fn(() => ({ language: 'fr' as const })),
    'settings:set-language': vi.fn(),
    'export:pdf': vi.fn(async (_event: Event, request: ExportRequest) => ({
      ok: true as const,
      path: `/tmp/${request.language}.pdf`,
    })),
    'export:pptx': vi.fn(async (_event: Event, request: PptxExportRequest) => ({
      ok: true as const,
      path: `/tmp/${request.language}.pptx`,
    })),
    'window:toggle-full-screen': vi.fn(),
    'deck:go': vi.fn(),
    'deck:get-position': vi.fn(() => ({ index: 0 })),
    'deck:audience': vi.fn(),
    'kiosk:exit': vi.fn(() => ({ ok: false as const, reason: 'not-kiosk' as const })),
    ...overrides,
  } satisfies InvokeHandlers<Event>;
  const log = vi.fn();
  registerIpcHandlers(ipc, handlers, {
    allowedOrigins: ['app://briefing'],
    log,
    ...(allowedChannels && { allowedChannels }),
  });
  const invoke = (channel: string, event: Event, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, handlers, log, invoke };
}

describe('registerIpcHandlers in a kiosk', () => {
  it('refuses export, full screen and stored language before reading the payload', async () => {
    const { invoke, handlers, log } = setup({}, KIOSK_CHANNELS);
    const request = { language: 'en', layout: 'handout', paper: 'A4', perPage: 2 };
    for (const [channel, args] of [
      ['export:pdf', [request]],
      ['export:pptx', [{ language: 'en', deck: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) }]],
      ['window:toggle-full-screen', []],
      ['settings:set-language', ['kk']],
    ] as const) {
      await expect(invoke(channel, fromApp, ...args)).resolves.toMatchObject({
        ok: false,
        error: { code: 'not-allowed', channel },
      });
    }
    expect(handlers['export:pdf']).not.toHaveBeenCalled();
    expect(handlers['export:pptx']).not.toHaveBeenCalled();
    expect(handlers['window:toggle-full-screen']).not.toHaveBeenCalled();
    expect(handlers['settings:set-language']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('IPC export:pdf refused: not-allowed', expect.anything());
  });

  it('still serves what a kiosk page needs', async () => {
    const { invoke } = setup({}, KIOSK_CHANNELS);
    await expect(invoke('deck:go', fromApp, 3)).resolves.toEqual({ ok: true, value: undefined });
    await expect(invoke('deck:get-position', fromApp)).resolves.toMatchObject({ ok: true });
    await expect(invoke('kiosk:exit', fromApp, '1234')).resolves.toMatchObject({ ok: true });
    await expect(invoke('settings:get', fromApp)).resolves.toMatchObject({ ok: true });
  });
});

describe('registerIpcHandlers', () => {
  it('handles every invoke channel of the contract, once', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('passes validated arguments and wraps the result', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('settings:get', fromApp)).resolves.toEqual({
      ok: true,
      value: { language: 'fr' },
    });
    await expect(invoke('settings:set-language', fromApp, 'kk')).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(handlers['settings:set-language']).toHaveBeenCalledWith(fromApp, 'kk');
    const request = { language: 'en', layout: 'handout', paper: 'A4', perPage: 2 };
    await expect(invoke('export:pdf', fromApp, request)).resolves.toEqual({
      ok: true,
      value: { ok: true, path: '/tmp/en.pdf' },
    });
  });

  it('rejects a malformed payload with a typed error, logs it and never calls the handler', async () => {
    const { invoke, handlers, log } = setup();
    const reply = await invoke('settings:set-language', fromApp, 'de');
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', channel: 'settings:set-language' },
    });
    await expect(
      invoke('export:pdf', fromApp, {
        language: 'en',
        layout: 'slides',
        paper: 'A4',
        perPage: 1,
        path: '/etc',
      }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(handlers['settings:set-language']).not.toHaveBeenCalled();
    expect(handlers['export:pdf']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('refuses senders that are not the app', async () => {
    const { invoke, handlers } = setup();
    for (const event of [{ senderFrame: { url: 'https://example.com/' } }, { senderFrame: null }]) {
      await expect(invoke('settings:get', event)).resolves.toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(handlers['settings:get']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an internal error instead of throwing', async () => {
    const { invoke, log } = setup({
      'window:toggle-full-screen': () => {
        throw new Error('window gone');
      },
    });
    await expect(invoke('window:toggle-full-screen', fromApp)).resolves.toEqual({
      ok: false,
      error: {
        code: 'internal',
        channel: 'window:toggle-full-screen',
        message: 'The shell could not complete the request',
        issues: [],
      },
    });
    expect(log).toHaveBeenCalledWith(
      'IPC window:toggle-full-screen handler failed',
      expect.any(Error),
    );
  });
});
