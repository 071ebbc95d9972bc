/**
 * A recording stand-in for the `electron` module, for loading the built main bundle in Node
 * where the Electron binary is absent. It follows Electron's documented behaviour where the
 * start-up path depends on it: what must happen before or after `ready`, one handler per IPC
 * channel and per scheme, `web-contents-created` for every new web contents, menu template
 * checks. `fake` (not part of Electron) lets a test drive and inspect it.
 */
import { state, resetState, type FakeState } from './state.ts';
import { FakeWebContents } from './web-contents.ts';
import { app } from './app.ts';
export { app } from './app.ts';
export { BrowserWindow } from './browser-window.ts';
export { Menu, MenuItem } from './menu.ts';
export { dialog, ipcMain, powerSaveBlocker, protocol, screen, session, shell } from './services.ts';
export type { FakeState } from './state.ts';
export type { FakeInput, FakeWindowOptions, GoneDetails } from './types.ts';

/**
 * The argv a 'second-instance' listener receives for a launch with `argv`: Chromium rebuilds
 * it from its parsed command line, every switch before the plain arguments, with switches of
 * its own added (Electron's docs: "the order might change and additional arguments might be
 * appended").
 */
export function chromiumArgv(argv: readonly string[]): string[] {
  const [program = '', ...rest] = argv;
  const switches = rest.filter((arg) => arg.startsWith('-'));
  const plain = rest.filter((arg) => !arg.startsWith('-'));
  return [program, ...switches, '--original-process-start-time=13374000000000000', ...plain];
}

/** Test-side controls. Not part of Electron. */
export const fake = {
  get state(): FakeState {
    return state;
  },
  /** Forget everything, before loading the bundle again. */
  reset(overrides: Partial<FakeState> = {}): FakeState {
    const fresh = resetState(overrides);
    app.resetForBoot();
    return fresh;
  },
  /**
   * Calls an `ipcMain.handle` listener as Electron would for `ipcRenderer.invoke` from a
   * frame at `senderUrl`: structured-cloned arguments, the listener's return value awaited.
   */
  async invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = state.ipcHandlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const sender = state.windows.find(
      (window) => window.webContents.url === senderUrl,
    )?.webContents;
    const event = {
      sender: sender ?? new FakeWebContents({}),
      senderFrame: senderUrl === null ? null : { url: senderUrl },
      frameId: 1,
      processId: 1,
      preventDefault() {},
    };
    return listener(event, ...structuredClone(args));
  },
};
