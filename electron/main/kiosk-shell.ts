/**
 * Wires the kiosk's policies to its window: keys that never reach the page, a window that
 * only the exit shortcut or PIN can close, a display that never sleeps, and a page that
 * comes back where it was, in the language it was showing, when it crashes or hangs. The
 * decisions are pure functions (kiosk-input.ts, crash-policy.ts, kiosk-exit.ts,
 * heartbeat.ts); this file only calls Electron.
 */
import { app, powerSaveBlocker, type BrowserWindow } from 'electron';
import { isLanguage, type Language } from '../../core/languages.ts';
import { EXIT_FOR_RESTART, crashDecision, relaunchOptions, restartMethod } from './crash-policy.ts';
import { startHeartbeat, type Heartbeat } from './heartbeat.ts';
import type { KioskExitResult } from '../../core/ipc-contract.ts';
import { NO_ATTEMPTS, checkExitPin } from './kiosk-exit.ts';
import type { KioskLog } from './kiosk-log.ts';
import { kioskInputDecision } from './kiosk-input.ts';
import type { KioskPolicy } from './kiosk-policy.ts';

export interface KioskShell {
  /** `kiosk:exit`: ends the kiosk when `attempt` is its PIN; wrong ones are logged and locked out. */
  tryExit(attempt: string): KioskExitResult;
}

export function lockDownKiosk(
  window: BrowserWindow,
  options: {
    readonly policy: KioskPolicy;
    readonly log: KioskLog;
    /** The page to load after a crash: the start URL at the slide the deck was on, in `language`. */
    readonly recoveryUrl: (language: Language | undefined) => string;
    /** The log's start line (describeKioskStart) and what went differently than configured. */
    readonly started: string;
    readonly warnings: readonly string[];
  },
): KioskShell {
  const { policy, log } = options;
  log.write('start', options.started);
  for (const warning of options.warnings) log.write('warning', warning);
  const contents = window.webContents;
  let leaving = false;
  let crashes: readonly number[] = [];
  // The DOM contract's <html lang> is the language on screen; the heartbeat reads it.
  let shownLanguage: Language | undefined;
  let heartbeat: Heartbeat | undefined;
  let pinAttempts = NO_ATTEMPTS;

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
    heartbeat?.stop();
    if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
  });

  // Each loaded page gets a heartbeat; a page that stops answering is ended like a crash.
  contents.on('did-finish-load', () => {
    heartbeat?.stop();
    heartbeat = startHeartbeat({
      probe: () => contents.executeJavaScript('document.documentElement.lang'),
      onAnswer: (lang: unknown) => {
        if (isLanguage(lang)) shownLanguage = lang;
      },
      onHang: () => {
        if (leaving || window.isDestroyed()) return;
        log.write('hang', 'the page did not answer the heartbeat: restarting its renderer');
        contents.forcefullyCrashRenderer();
      },
    });
  });

  contents.on('render-process-gone', (_event, details) => {
    heartbeat?.stop();
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
        app.relaunch(relaunchOptions(process.env, process.argv));
        app.exit(0);
      }
      return;
    }
    const url = options.recoveryUrl(shownLanguage);
    log.write('recover', `reloading ${url}`);
    window.loadURL(url).catch((error: unknown) => log.write('recover-failed', String(error)));
  });

  // Chromium reports a hang only when an input event goes unanswered (the heartbeat above
  // covers the kiosk nobody touches): end that renderer, so 'render-process-gone' reloads.
  contents.on('unresponsive', () => {
    if (leaving) return;
    log.write('unresponsive', 'the page stopped answering: restarting its renderer');
    contents.forcefullyCrashRenderer();
  });

  const tryExit = (attempt: string): KioskExitResult => {
    const checked = checkExitPin({
      pin: policy.pin,
      attempt,
      attempts: pinAttempts,
      now: Date.now(),
    });
    pinAttempts = checked.attempts;
    if (checked.result.ok) {
      // Answer the page first, then quit: it shows nothing more either way.
      setImmediate(() => exit('with the PIN'));
    } else {
      log.write('exit-refused', checked.logLine ?? checked.result.reason);
    }
    return checked.result;
  };

  return { tryExit };
}
