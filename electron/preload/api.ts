import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type BriefingApi,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type IpcReply,
  type ShellCommand,
} from '../ipc/contract.ts';

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
    toggleFullScreen: () => call(INVOKE_CHANNELS.toggleFullScreen),
    onCommand(listener) {
      // The IPC event (which carries `sender`, i.e. ipcRenderer) never reaches the page.
      const relay = (_event: unknown, command: unknown): void => listener(command as ShellCommand);
      ipc.on(EVENT_CHANNELS.command, relay);
      return () => {
        ipc.removeListener(EVENT_CHANNELS.command, relay);
      };
    },
  };
}
