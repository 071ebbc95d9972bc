/**
 * A recording stand-in for the `electron` module, for loading the built main bundle in Node
 * where the Electron binary is absent. It follows Electron's documented behaviour where the
 * start-up path depends on it: what must happen before or after `ready`, one handler per IPC
 * channel and per scheme, `web-contents-created` for every new web contents, menu template
 * checks. `fake` (not part of Electron) lets a test drive and inspect it.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';

type Listener = (...args: never[]) => unknown;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Display {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
}

interface NavigationEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export interface FakeWindowOptions {
  readonly show?: boolean;
  readonly kiosk?: boolean;
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly webPreferences?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

interface OpenHandlerDetails {
  readonly url: string;
}

type OpenHandler = (details: OpenHandlerDetails) => { action: 'allow' | 'deny' };

/** Electron's `Input` of 'before-input-event'. */
export interface FakeInput {
  readonly type: 'keyDown' | 'keyUp';
  readonly key: string;
  readonly code: string;
  readonly control?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
  readonly meta?: boolean;
}

/** Electron's RenderProcessGoneDetails. */
export interface GoneDetails {
  readonly reason: 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed';
  readonly exitCode: number;
}

interface HeadersDetails {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

type HeadersListener = (
  details: HeadersDetails,
  callback: (response: {
    responseHeaders?: Record<string, string | string[]>;
    cancel?: boolean;
  }) => void,
) => void;

interface MenuItemOptions {
  readonly id?: string;
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly checked?: boolean;
  readonly accelerator?: string;
  readonly click?: (...args: unknown[]) => void;
  readonly submenu?: readonly MenuItemOptions[];
}

function readyGuard(what: string): void {
  if (!state.ready) throw new Error(`${what} can only be used after the app 'ready' event`);
}

let nextId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly executed: string[] = [];
  readonly printed: Record<string, unknown>[] = [];
  openHandler: OpenHandler | undefined;
  url = '';
  destroyed = false;

  readonly webPreferences: Record<string, unknown>;

  constructor(webPreferences: Record<string, unknown>) {
    super();
    this.webPreferences = webPreferences;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serialises IPC arguments with the structured clone algorithm.
    this.sent.push({ channel, args: structuredClone(args) });
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  getURL(): string {
    return this.url;
  }

  getLastWebPreferences(): Record<string, unknown> {
    return this.webPreferences;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /**
   * The code runs on the page's main thread, so against a hung page the promise never
   * settles: a test makes `state.evaluate` return a promise that does not.
   */
  async executeJavaScript(code: string): Promise<unknown> {
    this.executed.push(code);
    return state.evaluate(code, this.url);
  }

  /** Like Electron's, it never settles while the page's renderer hangs (state.print). */
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return state.print();
  }

  /**
   * Like Electron: ends the renderer, which emits 'render-process-gone' with reason `killed`.
   * Recorded so a test can tell a hang that main ended from a crash.
   */
  forcefullyCrashRenderer(): void {
    state.forcedCrashes.push(this.id);
    this.emit('render-process-gone', { preventDefault() {} }, { reason: 'killed', exitCode: 9 });
  }

  /** Test helper: a key press as 'before-input-event' sees it. Returns whether it was prevented. */
  pressKey(input: FakeInput): boolean {
    let prevented = false;
    const event = {
      preventDefault() {
        prevented = true;
      },
    };
    this.emit('before-input-event', event, {
      control: false,
      alt: false,
      shift: false,
      meta: false,
      isAutoRepeat: false,
      isComposing: false,
      location: 0,
      modifiers: [],
      ...input,
    });
    return prevented;
  }

  /** Test helper: the renderer process died. */
  crash(details: GoneDetails = { reason: 'crashed', exitCode: 139 }): void {
    this.emit('render-process-gone', { preventDefault() {} }, details);
  }

  /** Test helper: what a navigation attempt would do. Returns whether it was prevented. */
  attemptNavigation(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event: NavigationEvent = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents: FakeWebContents;
  readonly options: FakeWindowOptions;
  visible: boolean;
  minimized = false;
  maximized = false;
  fullScreen = false;
  /** A full-screen change asked for and not yet applied by the window manager. */
  fullScreenPending: boolean | undefined;
  focused = false;
  destroyed = false;
  bounds: Rect;
  minimumSize: { width: number; height: number };

  constructor(options: FakeWindowOptions = {}) {
    super();
    if (!state.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.visible = options.show !== false;
    this.minimumSize = {
      width: typeof options['minWidth'] === 'number' ? options['minWidth'] : 0,
      height: typeof options['minHeight'] === 'number' ? options['minHeight'] : 0,
    };
    this.bounds = this.clamped({
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    });
    // `fullscreen: true` opens the window full screen on the display its bounds are on.
    this.fullScreen = options['fullscreen'] === true;
    this.webContents = new FakeWebContents({ ...(options.webPreferences ?? {}) });
    state.windows.push(this);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    app.emit('browser-window-created', { preventDefault() {} }, this);
  }

  static getAllWindows(): BrowserWindow[] {
    return state.windows.filter((window) => !window.destroyed);
  }

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
  }

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.webContents === contents) ?? null;
  }

  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.webContents.url = url;
    state.loads.push({ window: this, url });
    const failure = state.loadFailure?.(url);
    if (failure) {
      this.webContents.emit('did-fail-load', {}, -6, failure, url);
      throw new Error(`${failure} (-6) loading '${url}'`);
    }
    this.webContents.emit('did-finish-load');
    // Electron emits ready-to-show after the first paint, later than loadURL settles, and
    // never for a page that does not paint (state.paints false).
    setImmediate(() => {
      if (!this.destroyed && state.paints) this.emit('ready-to-show');
    });
  }

  show(): void {
    this.visible = true;
    this.focused = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
    this.visible = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  /**
   * Like Electron on macOS and on many Linux window managers: the change is applied later,
   * then 'enter-full-screen' or 'leave-full-screen' is emitted; until then the window is
   * still in its old state and ignores setBounds.
   */
  setFullScreen(flag: boolean): void {
    if (flag === (this.fullScreenPending ?? this.fullScreen)) return;
    this.fullScreenPending = flag;
    setImmediate(() => {
      if (this.destroyed || this.fullScreenPending !== flag) return;
      this.fullScreenPending = undefined;
      this.fullScreen = flag;
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    });
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  isKiosk(): boolean {
    return this.options.kiosk === true;
  }
  /** The window manager grows a window to its minimum size (Electron's minWidth/minHeight). */
  private clamped(bounds: Rect): Rect {
    return {
      ...bounds,
      width: Math.max(bounds.width, this.minimumSize.width),
      height: Math.max(bounds.height, this.minimumSize.height),
    };
  }
  /** A full-screen window (or one changing state) keeps its bounds: the move is lost. */
  setBounds(bounds: Partial<Rect>): void {
    if (this.fullScreen || this.fullScreenPending !== undefined) {
      state.lostMoves.push(this.id);
      return;
    }
    this.bounds = this.clamped({ ...this.bounds, ...bounds });
  }
  setMinimumSize(width: number, height: number): void {
    this.minimumSize = { width, height };
    this.bounds = this.clamped(this.bounds);
  }
  getMinimumSize(): number[] {
    return [this.minimumSize.width, this.minimumSize.height];
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Like Electron: 'close' (cancellable), then 'closed', then 'window-all-closed' for the last one. */
  close(): void {
    let prevented = false;
    this.emit('close', {
      preventDefault() {
        prevented = true;
      },
    });
    if (!prevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly calls: { method: string; args: unknown[]; ready: boolean }[] = [];
  private resolveReady: (() => void) | undefined;
  private readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args, ready: state.ready });
  }

  /** Electron sends `additionalData` to the first instance as JSON. */
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.record(
      'requestSingleInstanceLock',
      ...(additionalData === undefined ? [] : [JSON.parse(JSON.stringify(additionalData))]),
    );
    return state.lockAvailable;
  }
  readonly commandLine = {
    getSwitchValue: (name: string): string => state.switches[name] ?? '',
    hasSwitch: (name: string): boolean => name in state.switches,
  };
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return state.ready;
  }
  quit(): void {
    this.record('quit');
    // Electron: 'before-quit', then the windows close, then 'will-quit' (windows are left open here).
    this.emit('before-quit', { preventDefault() {} });
    let prevented = false;
    this.emit('will-quit', {
      preventDefault() {
        prevented = true;
      },
    });
    if (!prevented) this.emit('quit');
  }
  exit(code = 0): void {
    this.record('exit', code);
  }
  relaunch(options?: unknown): void {
    this.record('relaunch', ...(options === undefined ? [] : [options]));
  }
  getName(): string {
    return 'China–Kazakhstan Briefing';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getPath(name: string): string {
    const path = state.paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  getPreferredSystemLanguages(): string[] {
    return [...state.systemLanguages];
  }
  getLocale(): string {
    return state.systemLanguages[0] ?? 'en-US';
  }

  /** Test helper: Electron emits 'ready' once, after the main script's first turn. */
  emitReady(): void {
    if (state.ready) return;
    state.ready = true;
    // Chromium creates its profile directory, userData, while starting up.
    const userData = state.paths['userData'];
    if (userData !== undefined) mkdirSync(userData, { recursive: true });
    this.emit('ready', { preventDefault() {} }, {});
    this.resolveReady?.();
  }

  /** Test helper: a fresh 'app' for the next boot of the bundle. */
  resetForBoot(): void {
    this.removeAllListeners();
    this.calls.length = 0;
    this.isPackaged = false;
    this.readyPromise = new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }
}

export const app = new FakeApp();

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

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

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

export class MenuItem {
  readonly id: string | undefined;
  readonly label: string;
  readonly role: string | undefined;
  readonly type: string;
  checked: boolean;
  readonly accelerator: string | undefined;
  readonly submenu: Menu | undefined;
  private readonly onClick: ((...args: unknown[]) => void) | undefined;

  constructor(options: MenuItemOptions) {
    // Electron's check in Menu.buildFromTemplate.
    if (options.label === undefined && options.role === undefined && options.type === undefined) {
      throw new TypeError(
        'Invalid template for MenuItem: must have at least one of label, role or type',
      );
    }
    this.id = options.id;
    this.label = options.label ?? '';
    this.role = options.role;
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.checked = options.checked ?? false;
    this.accelerator = options.accelerator;
    this.submenu = options.submenu ? Menu.buildFromTemplate(options.submenu) : undefined;
    this.onClick = options.click;
  }

  /** Like a user's click: radio items become checked, then the handler runs. */
  click(): void {
    if (this.type === 'radio') this.checked = true;
    this.onClick?.(this, BrowserWindow.getFocusedWindow() ?? undefined, {});
  }
}

export class Menu {
  readonly items: MenuItem[];

  private constructor(items: MenuItem[]) {
    this.items = items;
  }

  static buildFromTemplate(template: readonly MenuItemOptions[]): Menu {
    if (!Array.isArray(template))
      throw new TypeError('Invalid template for Menu: Menu template must be an array');
    return new Menu(template.map((options) => new MenuItem(options)));
  }

  static setApplicationMenu(menu: Menu | null): void {
    state.applicationMenu = menu;
    state.menuHistory.push(menu);
  }

  static getApplicationMenu(): Menu | null {
    return state.applicationMenu;
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}

interface SaveDialogResult {
  canceled: boolean;
  filePath: string;
}

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

function freshState() {
  return {
    ready: false,
    lockAvailable: true,
    systemLanguages: ['en-US'] as string[],
    paths: {} as Record<string, string>,
    displays: [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 40, width: 1920, height: 1040 },
        scaleFactor: 1,
      },
    ] as Display[],
    privilegedSchemes: undefined as
      { scheme: string; privileges?: Record<string, boolean> }[] | undefined,
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    headersListener: undefined as HeadersListener | undefined,
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    ipcHandlers: new Map<string, InvokeListener>(),
    windows: [] as BrowserWindow[],
    loads: [] as { window: BrowserWindow; url: string }[],
    applicationMenu: null as Menu | null,
    menuHistory: [] as (Menu | null)[],
    dialogs: [] as { kind: 'save' | 'message' | 'error'; options: unknown }[],
    shownInFolder: [] as string[],
    powerSaveBlockers: [] as { type: string; started: boolean }[],
    /** Ids of the web contents whose renderer main ended (forcefullyCrashRenderer). */
    forcedCrashes: [] as number[],
    messageBoxResponse: 1,
    saveDialogResult: (): SaveDialogResult => ({ canceled: true, filePath: '' }),
    /**
     * What executeJavaScript answers for the page at `url`; by default a deck that is ready at
     * once, shows the URL's language, and (print mode) reports its heading and no outline.
     */
    evaluate: (code: string, url = ''): unknown => {
      const lang = /[?&]lang=(\w+)/.exec(url)?.[1] ?? 'en';
      if (code.includes('deckReady')) return true;
      if (code.includes('data-pdf-outline')) {
        return JSON.stringify({ language: lang, heading: `Briefing (${lang})`, outline: null });
      }
      return code === 'document.documentElement.lang' ? lang : undefined;
    },
    /** What printToPDF answers: a real one-page PDF, as Chromium's is. */
    print: async (): Promise<Buffer> => {
      const doc = await PDFDocument.create();
      doc.addPage([842, 595]);
      return Buffer.from(await doc.save());
    },
    /** Whether pages paint (and so emit 'ready-to-show'). */
    paints: true,
    /** Ids of windows whose setBounds was lost to a full-screen state or change. */
    lostMoves: [] as number[],
    /** Chromium switches on the command line (app.commandLine). */
    switches: {} as Record<string, string>,
    /** A load error for a URL (Chromium's error text); every URL loads when unset. */
    loadFailure: undefined as ((url: string) => string | undefined) | undefined,
  };
}

let state = freshState();

export type FakeState = ReturnType<typeof freshState>;

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
    state = { ...freshState(), ...overrides };
    app.resetForBoot();
    return state;
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
