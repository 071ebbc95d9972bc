/**
 * Wires the kiosk's policies to its window: keys that never reach the page, a window that
 * only the exit shortcut or PIN can close, a display that never sleeps, and a page that
 * comes back where it was when it crashes or hangs. The decisions are pure functions
 * (kiosk-input.ts, crash-policy.ts, kiosk-exit.ts); this file only calls Electron.
 */
import { app, powerSaveBlocker, type BrowserWindow } from 'electron';
import { EXIT_FOR_RESTART, crashDecision, restartMethod } from './crash-policy.ts';
import type { KioskLog } from './kiosk-log.ts';
import { kioskInputDecision } from './kiosk-input.ts';
import type { KioskPolicy } from './kiosk-policy.ts';

export interface KioskShell {
  /** Ends the kiosk on purpose (exit shortcut or PIN): the window may close now. */
  exit(how: string): void;
}

export function lockDownKiosk(
  window: BrowserWindow,
  options: {
    readonly policy: KioskPolicy;
    readonly log: KioskLog;
    /** The page to load after a crash: the start URL at the slide the deck was on. */
    readonly recoveryUrl: () => string;
  },
): KioskShell {
  const { policy, log } = options;
  const contents = window.webContents;
  let leaving = false;
  let crashes: readonly number[] = [];

  const exit = (how: string): void => {
    if (leaving) return;
    leaving = true;
    log.write('exit', how);
    app.quit();
  };
  // Quitting for any other reason (the OS logging out, a relaunch) also lets the window close.
  app.on('before-quit', () => {
    leaving = true;
  });

  contents.on('before-input-event', (event, input) => {
    const decision = kioskInputDecision(input, policy.exitShortcut, process.platform);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'exit') exit(`by the shortcut ${policy.exitShortcut?.text ?? ''}`.trim());
  });

  // Alt+F4 and the window manager's close button arrive here rather than as keys.
  window.on('close', (event) => {
    if (!leaving) event.preventDefault();
  });

  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  window.on('closed', () => {
    if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
  });

  contents.on('render-process-gone', (_event, details) => {
    if (leaving || window.isDestroyed()) return;
    const decision = crashDecision(crashes, Date.now());
    crashes = decision.recent;
    log.write('crash', `renderer ${details.reason} (exit code ${details.exitCode})`);
    if (decision.action === 'relaunch') {
      leaving = true;
      if (restartMethod(process.env) === 'exit-for-supervisor') {
        log.write(
          'relaunch',
          `three crashes within a minute: exiting ${EXIT_FOR_RESTART} for the service manager to restart the app`,
        );
        app.exit(EXIT_FOR_RESTART);
      } else {
        log.write('relaunch', 'three crashes within a minute: restarting the app');
        app.relaunch();
        app.exit(0);
      }
      return;
    }
    const url = options.recoveryUrl();
    log.write('recover', `reloading ${url}`);
    window.loadURL(url).catch((error: unknown) => log.write('recover-failed', String(error)));
  });

  // Chromium reports a hang after several seconds without an answer: end that renderer, so
  // 'render-process-gone' above reloads the page in a fresh one.
  contents.on('unresponsive', () => {
    if (leaving) return;
    log.write('unresponsive', 'the page stopped answering: restarting its renderer');
    contents.forcefullyCrashRenderer();
  });

  return { exit };
}
