/**
 * Main process composition root. Every decision (options, URLs, policies, placement, menu,
 * validation) is a pure function in this folder; this file only wires them to Electron.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type DeckPosition,
  type ShellCommand,
} from '../ipc/contract.ts';
import { SLIDE_IDS } from '../../renderer/deck/types.ts';
import type { Language } from '../../renderer/i18n/languages.ts';
import { APP_SCHEME, PRIVILEGED_SCHEMES } from './app-protocol.ts';
import { EXIT_USAGE, USAGE, parseCommandLine, userArguments, type CliOptions } from './cli.ts';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';
import {
  chooseKioskDisplay,
  presenterPlacement,
  type DisplayInfo,
  type WindowPlacement,
} from './displays.ts';
import { exportPdf } from './export-pdf.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { NO_ATTEMPTS, checkExitPin } from './kiosk-exit.ts';
import { openKioskLog } from './kiosk-log.ts';
import { describeKioskStart, resolveKioskPolicy } from './kiosk-policy.ts';
import { lockDownKiosk, type KioskShell } from './kiosk-shell.ts';
import { KIOSK_LOG_FILE, KIOSK_LOG_LIMITS } from './log-rotation.ts';
import { buildMenuTemplate, type MenuActions } from './menu.ts';
import { MENU_LABELS } from './menu-labels.ts';
import { isAllowedOrigin } from './navigation.ts';
import { serveAppRequest } from './protocol-serve.ts';
import {
  parseConfigFile,
  resolveStartOptions,
  type ConfigFile,
  type ConfigParse,
} from './start-options.ts';
import { buildPageUrl, rendererLocation, type RendererLocation } from './start-url.ts';
import { openStateStore } from './state-store.ts';
import { windowOpenDecision, type SecondaryMode } from './window-open.ts';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  mainWindowOptions,
  secondaryWindowOptions,
} from './window-options.ts';
import { placeWindow } from './window-state.ts';

// electron-vite puts main in out/main, the preload in out/preload, the renderer in out/renderer.
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const STATE_FILE = 'briefing-state.json';

function log(message: string, detail?: unknown): void {
  console.warn(`[briefing] ${message}`, detail ?? '');
}

function readConfig(path: string | undefined): ConfigParse {
  if (path === undefined) return { ok: true, config: {} };
  const absolute = resolve(path);
  try {
    return parseConfigFile(readFileSync(absolute, 'utf8'), absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: `${absolute}: cannot read the file (${reason})` };
  }
}

/** Runs before `ready`: argument checks, the single-instance lock, scheme registration. */
function startup(): void {
  const parsed = parseCommandLine(userArguments(process.argv, process.defaultApp === true));
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    app.exit(0);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n\n${USAGE}`);
    app.exit(EXIT_USAGE);
    return;
  }
  const config = readConfig(parsed.options.configPath);
  if (!config.ok) {
    process.stderr.write(`${config.message}\n`);
    app.exit(EXIT_USAGE);
    return;
  }
  // A second launch hands over to the running briefing (see 'second-instance').
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES]);
  const renderer = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  });
  // The app ends with its last window, on macOS too: a briefing has no use without its deck.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => onReady(parsed.options, config.config, renderer))
    .catch((error: unknown) => {
      console.error('[briefing] start-up failed', error);
      dialog.showErrorBox(app.getName(), `Start-up failed: ${String(error)}`);
      app.exit(1);
    });
}

async function onReady(
  cli: CliOptions,
  config: ConfigFile,
  renderer: RendererLocation,
): Promise<void> {
  const csp = contentSecurityPolicy(renderer.devServerOrigin);
  const { allowedOrigins } = renderer;
  const ses = session.defaultSession;
  // The deck needs no device, notification or storage permission; full screen goes through IPC.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) }),
  );
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_DIR, csp));

  const store = await openStateStore(join(app.getPath('userData'), STATE_FILE));
  const start = resolveStartOptions({
    cli,
    config,
    storedLanguage: store.get().language,
    systemLocales: app.getPreferredSystemLanguages(),
  });
  const kiosk = start.mode === 'kiosk';
  let language: Language = start.language;
  let mainWindow: BrowserWindow | undefined;
  const secondaryWindows = new Map<SecondaryMode, BrowserWindow>();
  const kioskPolicy = resolveKioskPolicy(config);
  // Opened lazily: nothing is written unless this run is a kiosk.
  const kioskLog = openKioskLog(join(app.getPath('userData'), KIOSK_LOG_FILE), KIOSK_LOG_LIMITS);
  let kioskShell: KioskShell | undefined;
  let pinAttempts = NO_ATTEMPTS;
  // In the desktop app the deck's position lives here: every window follows it (deck:position).
  let position: DeckPosition = {
    index: Math.max(
      SLIDE_IDS.findIndex((id) => id === start.slide),
      0,
    ),
  };

  const deckWindows = (): BrowserWindow[] =>
    [mainWindow, ...secondaryWindows.values()].filter(
      (window): window is BrowserWindow => window !== undefined && !window.isDestroyed(),
    );
  const send = (window: BrowserWindow | undefined, command: ShellCommand): void => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS.command, command);
  };
  const toggleFullScreen = (window: BrowserWindow | null | undefined): void => {
    if (window && !window.isKiosk()) window.setFullScreen(!window.isFullScreen());
  };

  const menuActions: MenuActions = {
    send: (command) => send(BrowserWindow.getFocusedWindow() ?? mainWindow, command),
    setLanguage(next) {
      void setLanguage(next);
      for (const window of deckWindows()) send(window, { type: 'set-language', language: next });
    },
    toggleFullScreen: () => toggleFullScreen(BrowserWindow.getFocusedWindow() ?? mainWindow),
  };
  const refreshMenu = (): void => {
    // An unattended kiosk has no menu (and so no Quit or DevTools shortcut).
    const template = buildMenuTemplate(
      { language, platform: process.platform, developer: !app.isPackaged },
      menuActions,
    );
    Menu.setApplicationMenu(kiosk ? null : Menu.buildFromTemplate(template));
  };
  async function setLanguage(next: Language): Promise<void> {
    if (next === language) return;
    language = next;
    refreshMenu();
    await store.update({ language: next });
  }

  const displays = (): DisplayInfo[] => screen.getAllDisplays();
  const workAreas = () => displays().map((display) => display.workArea);

  const place = (window: BrowserWindow, placement: WindowPlacement): void => {
    // A full-screen window ignores setBounds: leave full screen, move, then enter it again.
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
  };

  /**
   * The presenter view: the console on the primary display, the audience full screen on the
   * largest other one (displays.ts). The window that asked is the other half of the pair.
   */
  const openSecondary = (url: string, mode: SecondaryMode, opener: BrowserWindow | null): void => {
    const existing = secondaryWindows.get(mode);
    if (existing && !existing.isDestroyed()) {
      existing.focus();
      return;
    }
    const placement = presenterPlacement(displays(), screen.getPrimaryDisplay());
    const [own, other] =
      mode === 'presenter'
        ? [placement.presenter, placement.audience]
        : [placement.audience, placement.presenter];
    const window = new BrowserWindow(
      secondaryWindowOptions({
        preloadPath: PRELOAD_PATH,
        bounds: own.bounds,
        title: app.getName(),
      }),
    );
    if (own.fullScreen) window.setFullScreen(true);
    secondaryWindows.set(mode, window);
    window.on('closed', () => secondaryWindows.delete(mode));
    if (opener && !opener.isDestroyed() && !opener.isKiosk()) place(opener, other);
    window.loadURL(url).catch((error: unknown) => log(`could not load ${url}`, error));
  };

  // Every web contents (deck, presenter, hidden export, DevTools) gets the same fences.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const fence = (event: { readonly url: string; preventDefault(): void }): void => {
      if (isAllowedOrigin(event.url, allowedOrigins)) return;
      event.preventDefault();
      log('navigation refused', event.url);
    };
    contents.on('will-navigate', fence);
    contents.on('will-redirect', fence);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url, { allowedOrigins, kiosk });
      if (decision.kind === 'open-secondary') {
        openSecondary(decision.url, decision.mode, BrowserWindow.fromWebContents(contents));
      } else {
        log('window.open refused', url);
      }
      return { action: 'deny' };
    });
  });

  registerIpcHandlers<IpcMainInvokeEvent>(
    ipcMain,
    {
      [INVOKE_CHANNELS.getSettings]: () => ({ language }),
      [INVOKE_CHANNELS.setLanguage]: (_event, next) => setLanguage(next),
      [INVOKE_CHANNELS.exportPdf]: (event, request) =>
        exportPdf(request, {
          owner: BrowserWindow.fromWebContents(event.sender),
          preloadPath: PRELOAD_PATH,
          rendererEntry: renderer.entry,
          defaultFolder: app.getPath('documents'),
          labels: MENU_LABELS[language],
        }),
      [INVOKE_CHANNELS.toggleFullScreen]: (event) =>
        toggleFullScreen(BrowserWindow.fromWebContents(event.sender)),
      [INVOKE_CHANNELS.deckGo]: (_event, index, charts) => {
        position = { index, charts };
        for (const window of deckWindows()) {
          window.webContents.send(EVENT_CHANNELS.deckPosition, position);
        }
      },
      [INVOKE_CHANNELS.deckGetPosition]: () => position,
      [INVOKE_CHANNELS.kioskExit]: (_event, attempt) => {
        if (!kioskShell) return { ok: false, reason: 'not-kiosk' };
        const checked = checkExitPin({
          pin: kioskPolicy.pin,
          attempt,
          attempts: pinAttempts,
          now: Date.now(),
        });
        pinAttempts = checked.attempts;
        if (checked.result.ok) {
          const shell = kioskShell;
          // Answer first, then quit: the page shows nothing more either way.
          setImmediate(() => shell.exit('with the PIN'));
        } else {
          kioskLog.write('exit-refused', checked.result.reason);
        }
        return checked.result;
      },
    },
    { allowedOrigins, log },
  );

  app.on('second-instance', (_event, argv) => {
    const window = mainWindow;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    // `briefing --slide trade` while running: go there in the open window.
    const parsed = parseCommandLine(userArguments(argv, process.defaultApp === true));
    if (parsed.kind !== 'run') return;
    if (parsed.options.language) menuActions.setLanguage(parsed.options.language);
    if (parsed.options.slide) send(window, { type: 'go', slideId: parsed.options.slide });
  });

  refreshMenu();

  const kioskDisplay = kiosk
    ? chooseKioskDisplay(displays(), screen.getPrimaryDisplay(), kioskPolicy.display)
    : undefined;
  // A kiosk covers its whole display; other windows come back where they were left.
  const placement = kioskDisplay
    ? { bounds: kioskDisplay.display.bounds, maximized: false, fullScreen: false }
    : placeWindow({
        saved: store.get().window,
        workAreas: workAreas(),
        primary: screen.getPrimaryDisplay().workArea,
        defaultSize: DEFAULT_WINDOW_SIZE,
        minSize: MIN_WINDOW_SIZE,
      });
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: PRELOAD_PATH,
      bounds: placement.bounds,
      kiosk,
      title: app.getName(),
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    if (placement.fullScreen) window.setFullScreen(true);
    window.show();
  });
  if (!kiosk) {
    window.on('close', () => {
      void store.update({
        window: {
          bounds: window.getNormalBounds(),
          maximized: window.isMaximized(),
          fullScreen: window.isFullScreen(),
        },
      });
    });
  }
  window.on('closed', () => {
    mainWindow = undefined;
  });
  if (kioskDisplay) {
    kioskShell = lockDownKiosk(window, {
      policy: kioskPolicy,
      log: kioskLog,
      recoveryUrl: () =>
        buildPageUrl(renderer.entry, { ...start, slide: SLIDE_IDS[position.index] }),
    });
    kioskLog.write(
      'start',
      describeKioskStart({
        version: app.getVersion(),
        display: kioskDisplay.display,
        configPath: cli.configPath === undefined ? undefined : resolve(cli.configPath),
        policy: kioskPolicy,
      }),
    );
    if (kioskDisplay.warning) kioskLog.write('warning', kioskDisplay.warning);
  }
  // The window's last placement is saved on 'close'; let that write land before exiting.
  let saved = false;
  app.on('will-quit', (event) => {
    if (saved) return;
    event.preventDefault();
    void store.flush().finally(() => {
      saved = true;
      app.quit();
    });
  });
  const url = buildPageUrl(renderer.entry, start);
  window.loadURL(url).catch((error: unknown) => log(`could not load ${url}`, error));
}

startup();
