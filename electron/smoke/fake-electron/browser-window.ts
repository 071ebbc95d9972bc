import { EventEmitter } from 'node:events';
import type { Rect, FakeWindowOptions } from './types.ts';
import { state } from './state.ts';
import { FakeWebContents, newId } from './web-contents.ts';
import { app } from './app.ts';

export class BrowserWindow extends EventEmitter {
  readonly id = newId();
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
