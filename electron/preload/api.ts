import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type BriefingApi,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type DeckPosition,
  type IpcReply,
  type ShellCommand,
} from '../../core/ipc-contract.ts';

/** The part of `ipcRenderer` the bridge uses; a plain interface so the API is testable without Electron. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.briefing` from the contract: one named method per channel, no generic
 * `invoke`/`send`, so the page can reach nothing but what the contract lists.
 */
export function createBriefingApi(ipc: BridgeIpc): BriefingApi {
  /** Relays one event channel to `listener`, without the IPC event (which carries `sender`, i.e. ipcRenderer). */
  function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
    // Main sends each channel's payload type only (electron/main/index.ts).
    const relay = (_event: unknown, payload: unknown): void => listener(payload as T);
    ipc.on(channel, relay);
    return () => {
      ipc.removeListener(channel, relay);
    };
  }

  async function call<C extends InvokeChannel>(
    channel: C,
    ...args: InvokeArgs<C>
  ): Promise<InvokeResult<C>> {
    // Main's handlers resolve to IpcReply by construction (electron/main/ipc-handlers.ts).
    const reply = (await ipc.invoke(channel, ...args)) as IpcReply<InvokeResult<C>>;
    if (reply.ok) return reply.value;
    const { code, message, issues } = reply.error;
    throw new Error(`${code} (${channel}): ${[message, ...issues].join('; ')}`);
  }

  return {
    shell: 'electron',
    getSettings: () => call(INVOKE_CHANNELS.getSettings),
    setLanguage: (language) => call(INVOKE_CHANNELS.setLanguage, language),
    exportPdf: (request) => call(INVOKE_CHANNELS.exportPdf, request),
    exportPptx: (request) => call(INVOKE_CHANNELS.exportPptx, request),
    toggleFullScreen: () => call(INVOKE_CHANNELS.toggleFullScreen),
    onCommand: (listener) => subscribe<ShellCommand>(EVENT_CHANNELS.command, listener),
    goToSlide: (index, charts) =>
      charts ? call(INVOKE_CHANNELS.deckGo, index, charts) : call(INVOKE_CHANNELS.deckGo, index),
    getPosition: () => call(INVOKE_CHANNELS.deckGetPosition),
    onPosition: (listener) => subscribe<DeckPosition>(EVENT_CHANNELS.deckPosition, listener),
    reportAudienceDesign: (design) => call(INVOKE_CHANNELS.deckAudience, design),
    exitKiosk: (pin) => call(INVOKE_CHANNELS.kioskExit, pin),
  };
}
