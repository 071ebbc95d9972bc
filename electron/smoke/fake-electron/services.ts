import type {
  Listener,
  Display,
  HeadersListener,
  SaveDialogResult,
  InvokeListener,
} from './types.ts';
import { state, readyGuard } from './state.ts';
import { BrowserWindow } from './browser-window.ts';

export const protocol = {
  registerSchemesAsPrivileged(
    schemes: readonly { scheme: string; privileges?: Record<string, boolean> }[],
  ): void {
    if (state.ready) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    if (state.privilegedSchemes !== undefined) {
      throw new Error('protocol.registerSchemesAsPrivileged can only be called once');
    }
    state.privilegedSchemes = structuredClone([...schemes]);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    readyGuard('protocol.handle');
    if (state.protocolHandlers.has(scheme))
      throw new Error(`Failed to register protocol: ${scheme}`);
    state.protocolHandlers.set(scheme, handler);
  },
  isProtocolHandled(scheme: string): boolean {
    return state.protocolHandlers.has(scheme);
  },
};

const defaultSession = {
  webRequest: {
    onHeadersReceived(filterOrListener: unknown, maybeListener?: HeadersListener): void {
      const listener = (
        typeof filterOrListener === 'function' ? filterOrListener : maybeListener
      ) as HeadersListener | undefined;
      state.headersListener = listener ?? undefined;
    },
  },
  setPermissionRequestHandler(handler: Listener | null): void {
    state.permissionRequestHandler = handler ?? undefined;
  },
  setPermissionCheckHandler(handler: Listener | null): void {
    state.permissionCheckHandler = handler ?? undefined;
  },
};

export const session = {
  get defaultSession() {
    readyGuard('session.defaultSession');
    return defaultSession;
  },
};

export const ipcMain = {
  handle(channel: string, listener: InvokeListener): void {
    if (state.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    state.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    state.ipcHandlers.delete(channel);
  },
};

/** Electron throws, synchronously, when a destroyed window is passed to a native API. */
function assertOwnerAlive(args: unknown[]): void {
  const owner = args.length > 1 ? args[0] : undefined;
  if (owner instanceof BrowserWindow && owner.isDestroyed()) {
    throw new TypeError('Object has been destroyed');
  }
}

export const dialog = {
  showSaveDialog(...args: unknown[]): Promise<SaveDialogResult> {
    assertOwnerAlive(args);
    state.dialogs.push({ kind: 'save', options: args[args.length - 1] });
    return Promise.resolve(state.saveDialogResult());
  },
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    assertOwnerAlive(args);
    state.dialogs.push({ kind: 'message', options: args[args.length - 1] });
    return Promise.resolve({ response: state.messageBoxResponse, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    state.dialogs.push({ kind: 'error', options: { title, content } });
  },
};

export const screen = {
  getAllDisplays(): Display[] {
    readyGuard("The 'screen' module");
    return structuredClone(state.displays);
  },
  getPrimaryDisplay(): Display {
    readyGuard("The 'screen' module");
    const primary = state.displays[0];
    if (!primary) throw new Error('no display');
    return structuredClone(primary);
  },
};

export const powerSaveBlocker = {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    readyGuard('powerSaveBlocker');
    const id = state.powerSaveBlockers.length;
    state.powerSaveBlockers.push({ type, started: true });
    return id;
  },
  isStarted(id: number): boolean {
    return state.powerSaveBlockers[id]?.started === true;
  },
  stop(id: number): boolean {
    const blocker = state.powerSaveBlockers[id];
    if (!blocker?.started) return false;
    blocker.started = false;
    return true;
  },
};

export const shell = {
  showItemInFolder(path: string): void {
    state.shownInFolder.push(path);
  },
};
