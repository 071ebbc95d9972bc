import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { state } from './state.ts';

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
