import { EventEmitter } from 'node:events';
import type { NavigationEvent, OpenHandler, FakeInput, GoneDetails } from './types.ts';
import { state } from './state.ts';

let nextId = 1;

/** Electron numbers web contents and windows from one counter per process. */
export function newId(): number {
  return nextId++;
}

export class FakeWebContents extends EventEmitter {
  readonly id = newId();
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
