/**
 * Main process composition root. Every decision (options, URLs, policies, placement, menu,
 * validation) is a pure function in this folder, and the Electron wiring of each concern has
 * its own module (main-window, presenter-windows, web-fences, kiosk-shell, export-file); this
 * file puts them together.
 */
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
  type IpcMainInvokeEvent,
} from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type DeckPosition } from '../../core/ipc-contract.ts';
import { SLIDE_IDS } from '../../core/ids.ts';
import type { Language } from '../../core/languages.ts';
import { PRIVILEGED_SCHEMES } from './app-protocol.ts';
import { EXIT_USAGE, USAGE, parseCommandLine, userArguments, type CliOptions } from './cli.ts';
import { readConfigFile } from './config-file.ts';
import { recoveryLanguage } from './crash-policy.ts';
import { waylandPlacementWarning } from './display-server.ts';
import { chooseKioskDisplay } from './displays.ts';
import { movedTo, withAudience } from './deck-position.ts';
import type { ExportContext } from './export-file.ts';
import { exportPdf } from './export-pdf.ts';
import { exportPptx } from './export-pptx.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { openKioskLog } from './kiosk-log.ts';
import { KIOSK_CHANNELS, describeKioskStart, resolveKioskPolicy } from './kiosk-policy.ts';
import { lockDownKiosk, type KioskShell } from './kiosk-shell.ts';
import { KIOSK_LOG_FILE, KIOSK_LOG_LIMITS } from './log-rotation.ts';
import { createMainWindow, saveStateBeforeQuit } from './main-window.ts';
import { sendCommand, toggleFullScreen } from './window-commands.ts';
import { buildMenuTemplate, type MenuActions } from './menu.ts';
import { MENU_LABELS } from './menu-labels.ts';
import { presenterWindows } from './presenter-windows.ts';
import { guardSession } from './session-guard.ts';
import {
  launchRequestData,
  readLaunchRequest,
  requestedSlide,
  type LaunchRequest,
} from './second-launch.ts';
import { resolveStartOptions, startMode, type ConfigFile } from './start-options.ts';
import { buildPageUrl, rendererLocation, type RendererLocation } from './start-url.ts';
import { openStateStore } from './state-store.ts';
import { fenceWebContents } from './web-fences.ts';

// electron-vite puts main in out/main, the preload in out/preload, the renderer in out/renderer.
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const STATE_FILE = 'briefing-state.json';

function log(message: string, detail?: unknown): void {
  console.warn(`[briefing] ${message}`, detail ?? '');
}

/**
 * Runs before `ready`: argument checks, the single-instance lock, scheme registration, and
 * the listeners that must be in place before anything is awaited (a second launch or a web
 * contents can arrive while start-up is still reading its state file).
 */
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
  const config = readConfigFile(parsed.options.configPath);
  if (!config.ok) {
    process.stderr.write(`${config.message}\n`);
    app.exit(EXIT_USAGE);
    return;
  }
  // A second launch hands its request to the running briefing (see 'second-instance').
  if (!app.requestSingleInstanceLock(launchRequestData(parsed.options))) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES]);
  const renderer = rendererLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  });
  const kiosk = startMode(parsed.options, config.config) === 'kiosk';
  const presenter = presenterWindows({ preloadPath: PRELOAD_PATH, title: app.getName(), log });

  // Every web contents (deck, presenter, hidden export, DevTools) gets the same fences.
  app.on('web-contents-created', (_event, contents) =>
    fenceWebContents(contents, {
      allowedOrigins: renderer.allowedOrigins,
      kiosk,
      log,
      windowOf: (owner) => BrowserWindow.fromWebContents(owner),
      openSecondary: presenter.open,
    }),
  );
  // A launch that arrives before the window exists is answered once it does.
  let handOver: (request: LaunchRequest) => void = () => {};
  app.on('second-instance', (_event, argv, _workingDirectory, additionalData) =>
    handOver(readLaunchRequest(additionalData, argv, process.defaultApp === true)),
  );
  // The app ends with its last window, on macOS too: a briefing has no use without its deck.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() =>
      onReady({
        cli: parsed.options,
        config: config.config,
        renderer,
        presenter,
        listenForLaunches: (listener) => {
          handOver = listener;
        },
      }),
    )
    .catch((error: unknown) => {
      console.error('[briefing] start-up failed', error);
      dialog.showErrorBox(app.getName(), `Start-up failed: ${String(error)}`);
      app.exit(1);
    });
}

async function onReady(context: {
  readonly cli: CliOptions;
  readonly config: ConfigFile;
  readonly renderer: RendererLocation;
  readonly presenter: ReturnType<typeof presenterWindows>;
  readonly listenForLaunches: (listener: (request: LaunchRequest) => void) => void;
}): Promise<void> {
  const { cli, config, renderer, presenter } = context;
  const { allowedOrigins } = renderer;
  guardSession(renderer, RENDERER_DIR);

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
  const kioskPolicy = resolveKioskPolicy(config, process.platform);
  // Opened lazily: nothing is written unless this run is a kiosk.
  const kioskLog = openKioskLog(join(app.getPath('userData'), KIOSK_LOG_FILE), KIOSK_LOG_LIMITS);
  let kioskShell: KioskShell | undefined;
  // In the desktop app the deck's position lives here: every window follows it (deck:position).
  let position: DeckPosition = {
    index: Math.max(
      SLIDE_IDS.findIndex((id) => id === start.slide),
      0,
    ),
  };

  const deckWindows = (): BrowserWindow[] =>
    [mainWindow, ...presenter.all()].filter(
      (window): window is BrowserWindow => window !== undefined && !window.isDestroyed(),
    );
  const tellDeckWindows = (): void => {
    for (const window of deckWindows()) {
      window.webContents.send(EVENT_CHANNELS.deckPosition, position);
    }
  };

  const menuActions: MenuActions = {
    send: (command) => sendCommand(BrowserWindow.getFocusedWindow() ?? mainWindow, command),
    setLanguage(next) {
      void setLanguage(next);
      for (const window of deckWindows())
        sendCommand(window, { type: 'set-language', language: next });
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

  const exportContext = (event: IpcMainInvokeEvent): ExportContext => ({
    owner: BrowserWindow.fromWebContents(event.sender),
    preloadPath: PRELOAD_PATH,
    rendererEntry: renderer.entry,
    defaultFolder: app.getPath('documents'),
    labels: MENU_LABELS[language],
  });
  registerIpcHandlers<IpcMainInvokeEvent>(
    ipcMain,
    {
      [INVOKE_CHANNELS.getSettings]: () => ({ language }),
      [INVOKE_CHANNELS.setLanguage]: (_event, next) => setLanguage(next),
      [INVOKE_CHANNELS.exportPdf]: (event, request) => exportPdf(request, exportContext(event)),
      [INVOKE_CHANNELS.exportPptx]: (event, request) => exportPptx(request, exportContext(event)),
      [INVOKE_CHANNELS.toggleFullScreen]: (event) =>
        toggleFullScreen(BrowserWindow.fromWebContents(event.sender)),
      [INVOKE_CHANNELS.deckGo]: (_event, index, charts) => {
        position = movedTo(position, index, charts);
        tellDeckWindows();
      },
      [INVOKE_CHANNELS.deckGetPosition]: () => position,
      [INVOKE_CHANNELS.deckAudience]: (_event, design) => {
        if (design === position.audience) return;
        position = withAudience(position, design);
        tellDeckWindows();
      },
      [INVOKE_CHANNELS.kioskExit]: (_event, attempt) =>
        kioskShell?.tryExit(attempt) ?? { ok: false, reason: 'not-kiosk' },
    },
    // A kiosk page gets only what it needs: no save dialog, no leaving full screen.
    { allowedOrigins, log, ...(kiosk && { allowedChannels: KIOSK_CHANNELS }) },
  );

  refreshMenu();

  const kioskDisplay = kiosk
    ? chooseKioskDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), kioskPolicy.display)
    : undefined;
  const window = createMainWindow({
    preloadPath: PRELOAD_PATH,
    title: app.getName(),
    store,
    kioskDisplay: kioskDisplay?.display,
  });
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = undefined;
  });

  // `briefing --lang fr --slide trade` while running: go there in the open window.
  context.listenForLaunches((request) => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    if (kiosk) return;
    if (request.language) menuActions.setLanguage(request.language);
    const slideId = requestedSlide(request);
    if (slideId) sendCommand(mainWindow, { type: 'go', slideId });
    else if (request.slide) log('second launch: no such slide', request.slide);
  });

  const placementWarning = waylandPlacementWarning({
    platform: process.platform,
    env: process.env,
    ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
  });
  if (placementWarning) log(placementWarning);
  if (kioskDisplay) {
    kioskShell = lockDownKiosk(window, {
      policy: kioskPolicy,
      log: kioskLog,
      recoveryUrl: (shown) =>
        buildPageUrl(renderer.entry, {
          ...start,
          language: recoveryLanguage(shown, start.kiosk?.langs, start.language),
          slide: SLIDE_IDS[position.index],
        }),
      started: describeKioskStart({
        version: app.getVersion(),
        display: kioskDisplay.display,
        configPath: cli.configPath === undefined ? undefined : resolve(cli.configPath),
        policy: kioskPolicy,
      }),
      warnings: [kioskDisplay.warning, placementWarning].filter((w) => w !== undefined),
    });
  }
  saveStateBeforeQuit(store);
  const url = buildPageUrl(renderer.entry, start);
  window.loadURL(url).catch((error: unknown) => log(`could not load ${url}`, error));
}

startup();
