/**
 * Start-up smoke test of the BUILT main bundle (out/main/index.js), run by vitest in Node.
 * The Electron binary cannot be downloaded on these machines, so `electron` resolves to a
 * recording fake (./fake-electron) through vi.mock; the bundle itself is the shipped code.
 * Where the bundle has not been built the suite is skipped and says so.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SLIDE_IDS } from '../../core/ids.ts';
import { INVOKE_CHANNELS } from '../../core/ipc-contract.ts';
import { EXPORT_TIMEOUT_MS } from '../main/export-policy.ts';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS } from '../main/heartbeat.ts';
import { SHOW_FALLBACK_MS } from '../main/main-window.ts';
import {
  BrowserWindow,
  Menu,
  app,
  chromiumArgv,
  fake,
  type FakeState,
} from './fake-electron/index.ts';

vi.mock('electron', () => import('./fake-electron/index.ts'));

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'out', 'main', 'index.js');
const BUILT = existsSync(BUNDLE);
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'none'; form-action 'none'";
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
};

let boots = 0;
let temp: string;
const savedArgv = process.argv;
const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];

/** Loads a fresh copy of the bundle with these arguments, as `electron . <args>` would. */
async function boot(args: string[], overrides: Partial<FakeState> = {}): Promise<FakeState> {
  boots += 1;
  const state = fake.reset({
    paths: { userData: join(temp, `user-data-${boots}`), documents: temp },
    systemLanguages: ['fr-FR', 'en-US'],
    ...overrides,
  });
  process.argv = [process.execPath, ROOT, ...args];
  Object.defineProperty(process, 'defaultApp', { value: true, configurable: true });
  await import(`${pathToFileURL(BUNDLE).href}?boot=${boots}`);
  return state;
}

/** Boots, lets the app get ready, and waits for its first window. */
async function started(args: string[], overrides: Partial<FakeState> = {}): Promise<FakeState> {
  const state = await boot(args, overrides);
  app.emitReady();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  return state;
}

/** The page in `opener` asks for a presenter or audience window; returns it once open. */
async function openFrom(state: FakeState, opener: BrowserWindow, url: string) {
  const count = state.windows.length;
  opener.webContents.openHandler?.({ url });
  await vi.waitFor(() => expect(state.windows).toHaveLength(count + 1));
  const opened = state.windows[count];
  if (!opened) throw new Error(`no window for ${url}`);
  return opened;
}

const LAPTOP = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 32, width: 1440, height: 868 },
  scaleFactor: 2,
};
const PROJECTOR = {
  id: 2,
  label: 'EPSON PJ',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
};

/** Writes a kiosk config file and returns its path. */
async function kioskConfig(name: string, settings: unknown): Promise<string> {
  const path = join(temp, name);
  await writeFile(path, JSON.stringify(settings));
  return path;
}

async function kioskLog(state: FakeState): Promise<string> {
  return readFile(join(state.paths['userData'] ?? '', 'kiosk.log'), 'utf8');
}

function mainWindow(state: FakeState): BrowserWindow {
  const window = state.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
}

const skipReason = BUILT
  ? ''
  : ' — SKIPPED: out/main/index.js not built (run `npm run build` first)';
if (!BUILT) console.warn(`electron-main-smoke${skipReason}`);

describe.skipIf(!BUILT)(`built main process start-up (fake electron)${skipReason}`, () => {
  const problems: unknown[] = [];
  const onProblem = (error: unknown) => problems.push(error);
  let state: FakeState;
  let pageUrl: string;

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'briefing-smoke-'));
    delete process.env['ELECTRON_RENDERER_URL'];
    process.on('uncaughtException', onProblem);
    process.on('unhandledRejection', onProblem);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    state = await boot([]);
  });

  afterAll(async () => {
    process.off('uncaughtException', onProblem);
    process.off('unhandledRejection', onProblem);
    process.argv = savedArgv;
    if (savedRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
    vi.restoreAllMocks();
    await rm(temp, { recursive: true, force: true });
  });

  it('before ready: takes the single-instance lock and registers app:// as privileged, opens nothing', () => {
    expect(app.calls.find((call) => call.method === 'requestSingleInstanceLock')).toEqual({
      method: 'requestSingleInstanceLock',
      args: [{}],
      ready: false,
    });
    // Registered before anything is awaited, so an early second launch or window is covered.
    expect(app.listenerCount('second-instance')).toBe(1);
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(state.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(state.windows).toHaveLength(0);
    expect(state.protocolHandlers.size).toBe(0);
  });

  it('on ready: opens one window with the secure webPreferences at the app:// start URL', async () => {
    app.emitReady();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));
    const window = mainWindow(state);
    expect(window.webContents.getLastWebPreferences()).toMatchObject(SECURE_PREFERENCES);
    const preload = window.webContents.getLastWebPreferences()['preload'];
    expect(preload).toBe(join(ROOT, 'out', 'preload', 'index.cjs'));
    expect(window.options).toMatchObject({ show: false, kiosk: false });
    // System language fr-FR, nothing remembered yet.
    pageUrl = 'app://briefing/index.html?lang=fr&mode=present';
    expect(window.webContents.getURL()).toBe(pageUrl);
    await vi.waitFor(() => expect(window.isVisible()).toBe(true));
  });

  it('serves the renderer from app:// with the CSP, and refuses traversal', async () => {
    const handler = state.protocolHandlers.get('app');
    if (!handler) throw new Error('app:// is not handled');
    const page = await handler(new Request('app://briefing/index.html'));
    expect(page.headers.get('content-security-policy')).toBe(STRICT_CSP);
    if (existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const script = /<script[^>]+src="\.\/([^"]+\.js)"/.exec(await page.text())?.[1];
      if (script) {
        const asset = await handler(new Request(`app://briefing/${script}`));
        expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      }
    }
    const traversal = await handler(new Request('app://briefing/..%2fmain%2findex.js'));
    expect(traversal.status).toBe(403);
    expect(traversal.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('sets the CSP on every response through webRequest and denies permissions', () => {
    let headers: Record<string, string | string[]> | undefined;
    state.headersListener?.(
      { url: 'app://briefing/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => {
        headers = response.responseHeaders;
      },
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [STRICT_CSP],
    });
    // Only the app's own responses: DevTools' pages keep their own policy.
    let foreign: unknown = 'not called';
    state.headersListener?.(
      {
        url: 'devtools://devtools/bundled/devtools_app.html',
        responseHeaders: { 'Content-Security-Policy': ["default-src 'self' devtools:"] },
      },
      (response) => {
        foreign = response.responseHeaders;
      },
    );
    expect(foreign).toBeUndefined();
    const granted: boolean[] = [];
    state.permissionRequestHandler?.(
      ...([
        mainWindow(state).webContents,
        'media',
        (ok: boolean) => granted.push(ok),
        {},
      ] as never[]),
    );
    expect(granted).toEqual([false]);
    expect(
      state.permissionCheckHandler?.(...([null, 'notifications', 'app://briefing', {}] as never[])),
    ).toBe(false);
  });

  it('denies navigation away from the app and every window.open but the presenter views', async () => {
    const contents = mainWindow(state).webContents;
    expect(contents.attemptNavigation('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attemptNavigation('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.attemptNavigation('will-navigate', 'app://briefing/index.html?lang=kk')).toBe(
      false,
    );
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(state.windows).toHaveLength(1);
    const presenterUrl = 'app://briefing/index.html?lang=fr&mode=presenter#/trade';
    expect(contents.openHandler?.({ url: presenterUrl })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    const presenter = state.windows[1];
    expect(presenter?.webContents.getLastWebPreferences()).toMatchObject(SECURE_PREFERENCES);
    expect(presenter?.webContents.getURL()).toBe(presenterUrl);
    presenter?.close();
  });

  it('handles every invoke channel of the IPC contract', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('rejects malformed payloads and foreign senders with typed errors, without throwing', async () => {
    await expect(fake.invoke('settings:set-language', pageUrl, 'de')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', channel: 'settings:set-language' },
    });
    await expect(
      fake.invoke('export:pdf', pageUrl, {
        language: 'en',
        layout: 'slides',
        paper: 'A4',
        perPage: 1,
        path: '/etc/x',
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await expect(fake.invoke('settings:get', pageUrl, 'extra')).resolves.toMatchObject({
      ok: false,
    });
    await expect(fake.invoke('settings:get', 'https://evil.example/')).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    await expect(fake.invoke('settings:get', null)).resolves.toMatchObject({ ok: false });
  });

  it('remembers the language and relabels the menu', async () => {
    expect(Menu.getApplicationMenu()?.getMenuItemById('file')?.label).toBe('&Fichier');
    await expect(fake.invoke('settings:get', pageUrl)).resolves.toEqual({
      ok: true,
      value: { language: 'fr' },
    });
    await expect(fake.invoke('settings:set-language', pageUrl, 'kk')).resolves.toEqual({
      ok: true,
    });
    expect(Menu.getApplicationMenu()?.getMenuItemById('file')?.label).toBe('&Файл');
    expect(Menu.getApplicationMenu()?.getMenuItemById('language-kk')?.checked).toBe(true);
    const stored = JSON.parse(
      await readFile(join(app.getPath('userData'), 'briefing-state.json'), 'utf8'),
    );
    expect(stored).toMatchObject({ language: 'kk' });
  });

  it('sends ShellCommands from the menu to the deck window', () => {
    const contents = mainWindow(state).webContents;
    contents.sent.length = 0;
    Menu.getApplicationMenu()?.getMenuItemById('overview')?.click();
    Menu.getApplicationMenu()?.getMenuItemById('language-en')?.click();
    expect(contents.sent).toEqual([
      { channel: 'shell:command', args: [{ type: 'show-overview' }] },
      { channel: 'shell:command', args: [{ type: 'set-language', language: 'en' }] },
    ]);
    expect(Menu.getApplicationMenu()?.getMenuItemById('file')?.label).toBe('&File');
  });

  it('exports a PDF to the picked path through a hidden print-mode window', async () => {
    const target = join(temp, 'handout.pdf');
    state.saveDialogResult = () => ({ canceled: false, filePath: target });
    const before = state.windows.length;
    const reply = await fake.invoke('export:pdf', pageUrl, {
      language: 'kk',
      layout: 'handout',
      paper: 'Letter',
      perPage: 3,
    });
    expect(reply).toEqual({ ok: true, value: { ok: true, path: target } });
    const written = await readFile(target);
    expect(written.subarray(0, 4).toString()).toBe('%PDF');
    // The properties `npm run handout` gives its PDFs, from the printed page.
    const doc = await PDFDocument.load(written, { updateMetadata: false });
    expect({
      title: doc.getTitle(),
      author: doc.getAuthor(),
      subject: doc.getSubject(),
      keywords: doc.getKeywords(),
      language: doc.catalog.get(PDFName.of('Lang'))?.toString(),
    }).toEqual({
      title: 'Briefing (kk)',
      author: 'China–Kazakhstan briefing team',
      subject: 'Handout (kk)',
      keywords: 'lang:kk China Kazakhstan SCO',
      language: '(kk)',
    });
    const hidden = state.windows[before];
    expect(hidden?.options).toMatchObject({ show: false });
    expect(hidden?.webContents.getLastWebPreferences()).toMatchObject({
      ...SECURE_PREFERENCES,
      backgroundThrottling: false,
    });
    expect(hidden?.webContents.getURL()).toBe(
      'app://briefing/index.html?lang=kk&mode=print&layout=handout&paper=Letter&perPage=3',
    );
    expect(hidden?.webContents.executed).toContain(
      "document.documentElement.dataset.deckReady === 'true'",
    );
    expect(hidden?.webContents.printed).toEqual([
      {
        pageSize: 'Letter',
        landscape: false,
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      },
    ]);
    expect(hidden?.isDestroyed()).toBe(true);
    expect((await readdir(temp)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const save = state.dialogs.find((entry) => entry.kind === 'save')?.options;
    expect(save).toMatchObject({ defaultPath: join(temp, 'briefing-kk-handout-3-per-page.pdf') });
  });

  it('writes the PowerPoint deck the page built to the picked path, without a hidden window', async () => {
    const target = join(temp, 'deck.pptx');
    state.saveDialogResult = () => ({ canceled: false, filePath: target });
    const windows = state.windows.length;
    const deck = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('deck')]);
    const reply = await fake.invoke('export:pptx', pageUrl, { language: 'fr', deck });
    expect(reply).toEqual({ ok: true, value: { ok: true, path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(deck);
    expect(state.windows.length).toBe(windows);
    expect((await readdir(temp)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const save = state.dialogs.findLast((entry) => entry.kind === 'save')?.options;
    expect(save).toMatchObject({
      defaultPath: join(temp, 'briefing-fr.pptx'),
      filters: [{ extensions: ['pptx'] }],
    });
    // Not a zip file: refused before any dialog opens.
    const dialogs = state.dialogs.length;
    await expect(
      fake.invoke('export:pptx', pageUrl, { language: 'fr', deck: new Uint8Array([1, 2, 3, 4]) }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(state.dialogs.length).toBe(dialogs);
  });

  it('maps a cancelled dialog and an unwritable folder to export error codes', async () => {
    const request = { language: 'en', layout: 'slides', paper: 'Letter', perPage: 1 };
    state.saveDialogResult = () => ({ canceled: true, filePath: '' });
    await expect(fake.invoke('export:pdf', pageUrl, request)).resolves.toMatchObject({
      ok: true,
      value: { ok: false, error: 'cancelled' },
    });
    state.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'gone', 'x.pdf') });
    await expect(fake.invoke('export:pdf', pageUrl, request)).resolves.toMatchObject({
      ok: true,
      value: { ok: false, error: 'unwritable' },
    });
  });

  it('reports a print page that fails to load as render-failed and closes the hidden window', async () => {
    state.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'never.pdf') });
    state.loadFailure = (url) => (url.includes('mode=print') ? 'ERR_FILE_NOT_FOUND' : undefined);
    const before = state.windows.length;
    const reply = await fake.invoke('export:pdf', pageUrl, {
      language: 'fr',
      layout: 'slides',
      paper: 'A4',
      perPage: 1,
    });
    state.loadFailure = undefined;
    expect(reply).toMatchObject({ ok: true, value: { ok: false, error: 'render-failed' } });
    expect(state.windows[before]?.isDestroyed()).toBe(true);
    expect(existsSync(join(temp, 'never.pdf'))).toBe(false);
  });

  it('an export whose hidden renderer dies fails at once, and the next export works', async () => {
    const request = { language: 'fr', layout: 'slides', paper: 'A4', perPage: 1 };
    state.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'dies.pdf') });
    // The page never reports ready; then its renderer crashes.
    state.evaluate = () => new Promise(() => {});
    const before = state.windows.length;
    const reply = fake.invoke('export:pdf', pageUrl, request);
    await vi.waitFor(() => expect(state.windows.length).toBe(before + 1));
    state.windows[before]?.webContents.crash({ reason: 'crashed', exitCode: 139 });
    await expect(reply).resolves.toMatchObject({
      ok: true,
      value: { ok: false, error: 'render-failed' },
    });
    expect(state.windows[before]?.isDestroyed()).toBe(true);
    expect(existsSync(join(temp, 'dies.pdf'))).toBe(false);
    state.evaluate = () => true;
    state.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'after.pdf') });
    await expect(fake.invoke('export:pdf', pageUrl, request)).resolves.toEqual({
      ok: true,
      value: { ok: true, path: join(temp, 'after.pdf') },
    });
  });

  it('an export whose print never returns times out, and the next export is not "busy"', async () => {
    const request = { language: 'en', layout: 'slides', paper: 'A4', perPage: 1 };
    state.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'hangs.pdf') });
    const print = state.print;
    state.print = () => new Promise(() => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const reply = fake.invoke('export:pdf', pageUrl, request);
      await vi.advanceTimersByTimeAsync(EXPORT_TIMEOUT_MS);
      await expect(reply).resolves.toMatchObject({
        ok: true,
        value: { ok: false, error: 'timeout' },
      });
    } finally {
      vi.useRealTimers();
      state.print = print;
    }
    expect(state.windows.at(-1)?.isDestroyed()).toBe(true);
    state.saveDialogResult = () => ({ canceled: true, filePath: '' });
    await expect(fake.invoke('export:pdf', pageUrl, request)).resolves.toMatchObject({
      ok: true,
      value: { ok: false, error: 'cancelled' },
    });
  });

  it('a written PDF stays a success when the window that asked has closed meanwhile', async () => {
    const presenterUrl = 'app://briefing/index.html?lang=fr&mode=presenter#/quote';
    mainWindow(state).webContents.openHandler?.({ url: presenterUrl });
    await vi.waitFor(() =>
      expect(state.windows.some((window) => window.webContents.getURL() === presenterUrl)).toBe(
        true,
      ),
    );
    const owner = state.windows.find((window) => window.webContents.getURL() === presenterUrl);
    const target = join(temp, 'owner-closed.pdf');
    state.saveDialogResult = () => {
      owner?.destroy();
      return { canceled: false, filePath: target };
    };
    const messages = state.dialogs.filter((entry) => entry.kind === 'message').length;
    await expect(
      fake.invoke('export:pdf', presenterUrl, {
        language: 'fr',
        layout: 'slides',
        paper: 'A4',
        perPage: 1,
      }),
    ).resolves.toEqual({ ok: true, value: { ok: true, path: target } });
    expect(existsSync(target)).toBe(true);
    // The "show in folder" box still comes up, on its own.
    expect(state.dialogs.filter((entry) => entry.kind === 'message')).toHaveLength(messages + 1);
  });

  it('reads a second launch from its additionalData, not from the argv Chromium reorders', () => {
    const window = mainWindow(state);
    window.webContents.sent.length = 0;
    const typed = [process.execPath, ROOT, '--lang', 'kk', '--slide', 'sco'];
    app.emit('second-instance', { preventDefault() {} }, chromiumArgv(typed), ROOT, {
      language: 'kk',
      slide: 'sco',
    });
    expect(window.webContents.sent).toEqual([
      { channel: 'shell:command', args: [{ type: 'set-language', language: 'kk' }] },
      { channel: 'shell:command', args: [{ type: 'go', slideId: 'sco' }] },
    ]);
  });

  it('reads a reordered argv when a second launch brings no additionalData', () => {
    const window = mainWindow(state);
    window.webContents.sent.length = 0;
    const typed = [process.execPath, ROOT, '--lang', 'fr', '--slide', 'trade'];
    app.emit('second-instance', { preventDefault() {} }, chromiumArgv(typed), ROOT);
    expect(window.webContents.sent).toEqual([
      { channel: 'shell:command', args: [{ type: 'set-language', language: 'fr' }] },
      { channel: 'shell:command', args: [{ type: 'go', slideId: 'trade' }] },
    ]);
  });

  it('hands a second launch to the open window: focus, then go to its --slide', () => {
    const window = mainWindow(state);
    window.minimized = true;
    window.webContents.sent.length = 0;
    app.emit(
      'second-instance',
      { preventDefault() {} },
      [process.execPath, ROOT, '--slide', 'trade'],
      ROOT,
    );
    expect(window.isMinimized()).toBe(false);
    expect(window.webContents.sent).toEqual([
      { channel: 'shell:command', args: [{ type: 'go', slideId: 'trade' }] },
    ]);
  });

  it('saves the window placement when it closes, and quits once it is written', async () => {
    const window = mainWindow(state);
    window.bounds = { x: 40, y: 60, width: 1000, height: 700 };
    window.close();
    await vi.waitFor(() =>
      expect(app.calls.filter((call) => call.method === 'quit')).toHaveLength(2),
    );
    const stored = JSON.parse(
      await readFile(join(app.getPath('userData'), 'briefing-state.json'), 'utf8'),
    );
    expect(stored.window).toEqual({
      bounds: { x: 40, y: 60, width: 1000, height: 700 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('ran without an exception, a start-up failure or an exit', () => {
    expect(problems).toEqual([]);
    expect(app.calls.filter((call) => call.method === 'exit')).toEqual([]);
    expect(state.dialogs.filter((entry) => entry.kind === 'error')).toEqual([]);
  });

  it('exits with status 2 and the usage on an unknown option, before taking the lock', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const next = await boot(['--langue', 'fr']);
    const written = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
    stderr.mockRestore();
    expect(app.calls).toEqual([{ method: 'exit', args: [2], ready: false }]);
    expect(written).toMatch(/^Unknown option: --langue\n\nUsage: /);
    expect(next.privilegedSchemes).toBeUndefined();
  });

  it('opens a kiosk as one menu-less kiosk window in kiosk mode', async () => {
    const kiosk = await started(['--kiosk', '--lang', 'kk']);
    const window = mainWindow(kiosk);
    expect(window.options).toMatchObject({ kiosk: true });
    expect(window.webContents.getURL()).toBe('app://briefing/index.html?lang=kk&mode=kiosk');
    expect(kiosk.applicationMenu).toBeNull();
    const presenter = 'app://briefing/index.html?lang=kk&mode=presenter';
    expect(window.webContents.openHandler?.({ url: presenter })).toEqual({ action: 'deny' });
    expect(kiosk.windows).toHaveLength(1);
  });

  it('keeps the deck position in main: deck:go, deck:position, deck:get-position', async () => {
    const deck = await started(['--lang', 'en', '--slide', 'trade']);
    const audience = mainWindow(deck);
    const audienceUrl = audience.webContents.getURL();
    await expect(fake.invoke('deck:get-position', audienceUrl)).resolves.toEqual({
      ok: true,
      value: { index: 2 },
    });
    const presenterUrl = 'app://briefing/index.html?lang=en&mode=presenter#/trade';
    audience.webContents.openHandler?.({ url: presenterUrl });
    await vi.waitFor(() => expect(deck.windows).toHaveLength(2));
    const presenter = deck.windows[1];
    audience.webContents.sent.length = 0;
    await expect(fake.invoke('deck:go', presenterUrl, 5)).resolves.toEqual({ ok: true });
    const moved = { channel: 'deck:position', args: [{ index: 5 }] };
    expect(audience.webContents.sent).toEqual([moved]);
    expect(presenter?.webContents.sent).toEqual([moved]);
    // A window that reloads asks main and gets the same answer.
    await expect(fake.invoke('deck:get-position', audienceUrl)).resolves.toEqual({
      ok: true,
      value: { index: 5 },
    });
    await expect(fake.invoke('deck:go', presenterUrl, SLIDE_IDS.length)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    await expect(fake.invoke('kiosk:exit', presenterUrl, '0000')).resolves.toEqual({
      ok: true,
      value: { ok: false, reason: 'not-kiosk' },
    });
  });

  it('passes an audience window’s design to every deck window with the position (deck:audience)', async () => {
    const deck = await started(['--lang', 'kk', '--slide', 'trade']);
    const audience = mainWindow(deck);
    const audienceUrl = audience.webContents.getURL();
    const presenterUrl = 'app://briefing/index.html?lang=kk&mode=presenter#/trade';
    audience.webContents.openHandler?.({ url: presenterUrl });
    await vi.waitFor(() => expect(deck.windows).toHaveLength(2));
    const presenter = deck.windows[1];
    audience.webContents.sent.length = 0;
    await expect(fake.invoke('deck:audience', audienceUrl, 'portrait')).resolves.toEqual({
      ok: true,
    });
    const told = { channel: 'deck:position', args: [{ index: 2, audience: 'portrait' }] };
    expect(presenter?.webContents.sent).toContainEqual(told);
    // The same design again tells nobody; a move keeps the design.
    audience.webContents.sent.length = 0;
    await fake.invoke('deck:audience', audienceUrl, 'portrait');
    expect(audience.webContents.sent).toEqual([]);
    await fake.invoke('deck:go', presenterUrl, 3);
    expect(audience.webContents.sent).toEqual([
      { channel: 'deck:position', args: [{ index: 3, audience: 'portrait' }] },
    ]);
    // A console that opens or reloads asks main and gets it.
    await expect(fake.invoke('deck:get-position', presenterUrl)).resolves.toEqual({
      ok: true,
      value: { index: 3, audience: 'portrait' },
    });
    await expect(fake.invoke('deck:audience', audienceUrl, 'sideways')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('presenter view on two displays: console on the primary, audience full screen on the projector', async () => {
    const two = await started(['--lang', 'fr'], { displays: [LAPTOP, PROJECTOR] });
    const audience = mainWindow(two);
    const presenter = await openFrom(
      two,
      audience,
      'app://briefing/index.html?lang=fr&mode=presenter#/title',
    );
    expect(presenter.getBounds()).toEqual(LAPTOP.workArea);
    expect(presenter.isFullScreen()).toBe(false);
    await vi.waitFor(() => expect(audience.isFullScreen()).toBe(true));
    expect(audience.getBounds()).toEqual(PROJECTOR.bounds);
    expect(two.lostMoves).toEqual([]);
  });

  it('presenter view from a full-screen window: moves it only once it has left full screen', async () => {
    const two = await started(['--lang', 'en'], { displays: [LAPTOP, PROJECTOR] });
    const deck = mainWindow(two);
    deck.setFullScreen(true);
    await vi.waitFor(() => expect(deck.isFullScreen()).toBe(true));
    const console_ = await openFrom(two, deck, 'app://briefing/index.html?lang=en&mode=presenter');
    await vi.waitFor(() => expect(deck.getBounds()).toEqual(PROJECTOR.bounds));
    await vi.waitFor(() => expect(deck.isFullScreen()).toBe(true));
    expect(two.lostMoves).toEqual([]);
    // The console was created full screen-less on the laptop, not moved there afterwards.
    expect(console_.options).toMatchObject({ ...LAPTOP.workArea, fullscreen: false });
  });

  it.each([
    [1280, 720],
    [1366, 768],
  ])(
    'presenter view on one %i×%i laptop: the two halves fit side by side without overlapping',
    async (width, height) => {
      const small = {
        id: 1,
        bounds: { x: 0, y: 0, width, height },
        workArea: { x: 0, y: 0, width, height: height - 32 },
        scaleFactor: 1,
      };
      const one = await started(['--lang', 'kk'], { displays: [small] });
      const audience = mainWindow(one);
      const console_ = await openFrom(
        one,
        audience,
        'app://briefing/index.html?lang=kk&mode=presenter',
      );
      const [left, right] = [console_.getBounds(), audience.getBounds()];
      expect(left.x + left.width).toBeLessThanOrEqual(right.x);
      expect(right.x + right.width).toBeLessThanOrEqual(width);
      expect(left.width + right.width).toBe(width);
    },
  );

  it('presenter view on one display: the two windows side by side, neither full screen', async () => {
    const one = await started(['--lang', 'fr', '--mode', 'presenter'], { displays: [LAPTOP] });
    const presenter = mainWindow(one);
    // The console's "Open the audience window" button.
    presenter.webContents.openHandler?.({ url: 'app://briefing/index.html?lang=fr&mode=present' });
    await vi.waitFor(() => expect(one.windows).toHaveLength(2));
    const audience = one.windows[1];
    expect(presenter.getBounds()).toEqual({ x: 0, y: 32, width: 720, height: 868 });
    expect(audience?.getBounds()).toEqual({ x: 720, y: 32, width: 720, height: 868 });
    expect([presenter.isFullScreen(), audience?.isFullScreen()]).toEqual([false, false]);
  });

  it('kiosk: full screen on the configured display, no menu, no DevTools, display kept awake', async () => {
    const config = await kioskConfig('kiosk-display.json', {
      dwell: 20,
      idle: 90,
      langs: ['fr', 'kk', 'en'],
      dwells: { trade: 30, quote: 8 },
      display: { label: 'EPSON PJ' },
      exitPin: '2468',
    });
    // Listed projector first: the label finds it wherever the system puts it.
    const kiosk = await started(['--kiosk', '--config', config], {
      displays: [PROJECTOR, LAPTOP],
    });
    const window = mainWindow(kiosk);
    expect(window.options).toMatchObject({ kiosk: true, ...PROJECTOR.bounds });
    expect(window.webContents.getLastWebPreferences()).toMatchObject({
      ...SECURE_PREFERENCES,
      devTools: false,
    });
    expect(kiosk.applicationMenu).toBeNull();
    expect(kiosk.powerSaveBlockers).toEqual([{ type: 'prevent-display-sleep', started: true }]);
    expect(window.webContents.getURL()).toBe(
      'app://briefing/index.html?lang=fr&mode=kiosk&dwell=20&idle=90&langs=fr,kk,en' +
        '&dwells=trade:30,quote:8&exit=pin',
    );
    expect(await kioskLog(kiosk)).toMatch(
      /^\S+Z start version 0\.1\.0, display 2 "EPSON PJ" \(1920×1080 at 1440,0; asked for label "EPSON PJ"\), config .*kiosk-display\.json, exit by PIN\n$/,
    );
  });

  it('kiosk: blocks reload, close, DevTools and zoom keys; the window cannot be closed', async () => {
    const kiosk = await started(['--kiosk', '--lang', 'en']);
    const window = mainWindow(kiosk);
    const contents = window.webContents;
    const blocked = [
      { key: 'r', code: 'KeyR', control: true },
      { key: 'F5', code: 'F5' },
      { key: 'I', code: 'KeyI', control: true, shift: true },
      { key: 'F12', code: 'F12' },
      { key: 'w', code: 'KeyW', control: true },
      { key: 'F4', code: 'F4', alt: true },
      { key: 'q', code: 'KeyQ', control: true },
      { key: '=', code: 'Equal', control: true },
      { key: '-', code: 'Minus', control: true },
      { key: '0', code: 'Digit0', control: true },
      { key: 'F11', code: 'F11' },
    ];
    for (const input of blocked) {
      expect(contents.pressKey({ type: 'keyDown', ...input }), input.key).toBe(true);
    }
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'Home']) {
      expect(contents.pressKey({ type: 'keyDown', key, code: key }), key).toBe(false);
    }
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(app.calls.filter((call) => call.method === 'quit')).toEqual([]);
    // The default exit shortcut (no PIN configured) ends it, and the window may then close.
    expect(
      contents.pressKey({
        type: 'keyDown',
        key: 'Q',
        code: 'KeyQ',
        control: true,
        alt: true,
        shift: true,
      }),
    ).toBe(true);
    expect(app.calls.filter((call) => call.method === 'quit').length).toBeGreaterThan(0);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(kiosk.powerSaveBlockers).toEqual([{ type: 'prevent-display-sleep', started: false }]);
    expect(await kioskLog(kiosk)).toMatch(/ exit by the shortcut CmdOrCtrl\+Alt\+Shift\+Q\n$/);
  });

  it('kiosk: a crash or a hang reloads the page at the slide it was on, and is logged', async () => {
    const kiosk = await started(['--kiosk', '--lang', 'fr']);
    const window = mainWindow(kiosk);
    const start = window.webContents.getURL();
    await expect(fake.invoke('deck:go', start, 2)).resolves.toEqual({ ok: true });
    window.webContents.crash({ reason: 'oom', exitCode: 137 });
    expect(window.webContents.getURL()).toBe(`${start}#/trade`);
    await expect(fake.invoke('deck:go', `${start}#/trade`, 4)).resolves.toEqual({ ok: true });
    window.webContents.emit('unresponsive');
    expect(kiosk.forcedCrashes).toEqual([window.webContents.id]);
    expect(window.webContents.getURL()).toBe(`${start}#/investment`);
    expect(kiosk.loads.map((load) => load.url)).toEqual([
      start,
      `${start}#/trade`,
      `${start}#/investment`,
    ]);
    const lines = (await kioskLog(kiosk)).trim().split('\n');
    expect(lines.map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      expect.stringMatching(/^start /),
      'crash renderer oom (exit code 137)',
      `recover reloading ${start}#/trade`,
      'unresponsive the page stopped answering: restarting its renderer',
      'crash renderer killed (exit code 9)',
      `recover reloading ${start}#/investment`,
    ]);
    expect(app.calls.filter((call) => call.method === 'relaunch')).toEqual([]);
  });

  it('kiosk: a page that stops answering the heartbeat is restarted at its slide, in its language', async () => {
    const config = await kioskConfig('kiosk-tour.json', { langs: ['fr', 'kk', 'en'] });
    const kiosk = await started(['--kiosk', '--config', config]);
    const window = mainWindow(kiosk);
    const start = window.webContents.getURL();
    expect(start).toBe('app://briefing/index.html?lang=fr&mode=kiosk&langs=fr,kk,en');
    await expect(fake.invoke('deck:go', start, 3)).resolves.toEqual({ ok: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // The tour is in its Kazakh loop; the page answers with <html lang>.
      kiosk.evaluate = (code) => (code === 'document.documentElement.lang' ? 'kk' : undefined);
      window.webContents.emit('did-finish-load');
      await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS * 2);
      expect(kiosk.forcedCrashes).toEqual([]);
      // Then its main thread hangs: no input arrives, so Chromium never says 'unresponsive'.
      kiosk.evaluate = () => new Promise(() => {});
      await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + HEARTBEAT_TIMEOUT_MS);
    } finally {
      vi.useRealTimers();
    }
    expect(kiosk.forcedCrashes).toEqual([window.webContents.id]);
    expect(window.webContents.getURL()).toBe(
      'app://briefing/index.html?lang=kk&mode=kiosk&langs=fr,kk,en#/trade-share',
    );
    const lines = (await kioskLog(kiosk)).trim().split('\n');
    expect(lines.map((line) => line.split(' ').slice(1).join(' ')).slice(1)).toEqual([
      'hang the page did not answer the heartbeat: restarting its renderer',
      'crash renderer killed (exit code 9)',
      'recover reloading app://briefing/index.html?lang=kk&mode=kiosk&langs=fr,kk,en#/trade-share',
    ]);
  });

  it('kiosk: refuses export, full screen and remembered language over IPC', async () => {
    const kiosk = await started(['--kiosk', '--lang', 'en']);
    const url = mainWindow(kiosk).webContents.getURL();
    const request = { language: 'en', layout: 'slides', paper: 'A4', perPage: 1 };
    kiosk.saveDialogResult = () => ({ canceled: false, filePath: join(temp, 'kiosk.pdf') });
    await expect(fake.invoke('export:pdf', url, request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    await expect(fake.invoke('window:toggle-full-screen', url)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    await expect(fake.invoke('settings:set-language', url, 'kk')).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(kiosk.dialogs.filter((entry) => entry.kind === 'save')).toEqual([]);
    await expect(fake.invoke('deck:go', url, 1)).resolves.toEqual({ ok: true });
  });

  it('kiosk: covers an 800×480 panel whole, and says in its log that Wayland ignores placement', async () => {
    const panel = {
      id: 9,
      bounds: { x: 0, y: 0, width: 800, height: 480 },
      workArea: { x: 0, y: 0, width: 800, height: 480 },
      scaleFactor: 1,
    };
    const saved = process.env['XDG_SESSION_TYPE'];
    process.env['XDG_SESSION_TYPE'] = 'wayland';
    try {
      const kiosk = await boot(['--kiosk'], { displays: [panel] });
      app.emitReady();
      await vi.waitFor(() => expect(kiosk.windows).toHaveLength(1));
      expect(mainWindow(kiosk).getBounds()).toEqual(panel.bounds);
      expect(await kioskLog(kiosk)).toMatch(/ warning Wayland session: .*--ozone-platform=x11/);
    } finally {
      if (saved === undefined) delete process.env['XDG_SESSION_TYPE'];
      else process.env['XDG_SESSION_TYPE'] = saved;
    }
    const x11 = await boot(['--kiosk'], {
      displays: [panel],
      switches: { 'ozone-platform': 'x11' },
    });
    app.emitReady();
    await vi.waitFor(() => expect(x11.windows).toHaveLength(1));
    expect(await kioskLog(x11)).not.toMatch(/Wayland/);
  });

  it('shows a window whose page never paints: at once when the load fails, else after a delay', async () => {
    const failing = await started(['--lang', 'en'], {
      paints: false,
      loadFailure: () => 'ERR_FAILED',
    });
    await vi.waitFor(() => expect(mainWindow(failing).isVisible()).toBe(true));

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const silent = await boot(['--lang', 'en'], { paints: false });
      app.emitReady();
      // Start-up reads its state file (real I/O): poll for the window, a few fake ms a time.
      await vi.waitFor(() => expect(silent.windows).toHaveLength(1));
      expect(mainWindow(silent).isVisible()).toBe(false);
      await vi.advanceTimersByTimeAsync(SHOW_FALLBACK_MS);
      expect(mainWindow(silent).isVisible()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('kiosk: the third crash within a minute restarts the app', async () => {
    const kiosk = await started(['--kiosk', '--lang', 'en']);
    const contents = mainWindow(kiosk).webContents;
    contents.crash();
    contents.crash();
    expect(app.calls.filter((call) => call.method === 'relaunch')).toEqual([]);
    contents.crash();
    expect(app.calls.filter((call) => ['relaunch', 'exit'].includes(call.method))).toEqual([
      { method: 'relaunch', args: [{}], ready: true },
      { method: 'exit', args: [0], ready: true },
    ]);
    // Two reloads, no third: the relaunch takes over.
    expect(kiosk.loads).toHaveLength(3);
    expect(await kioskLog(kiosk)).toMatch(
      / relaunch three crashes within a minute: restarting the app\n$/,
    );
  });

  /** A kiosk started with `name=value` in its environment, crashed three times in a row. */
  async function threeCrashesWith(name: string, value: string) {
    process.env[name] = value;
    try {
      const kiosk = await started(['--kiosk', '--lang', 'en']);
      const contents = mainWindow(kiosk).webContents;
      for (let crash = 0; crash < 3; crash += 1) contents.crash();
      return app.calls.filter((call) => ['relaunch', 'exit'].includes(call.method));
    } finally {
      Reflect.deleteProperty(process.env, name);
    }
  }

  it('kiosk from an AppImage: the restart starts the AppImage file, not its vanished mount', async () => {
    const image = '/home/kiosk/Briefing.AppImage';
    expect(await threeCrashesWith('APPIMAGE', image)).toEqual([
      {
        method: 'relaunch',
        args: [{ execPath: image, args: [ROOT, '--kiosk', '--lang', 'en'] }],
        ready: true,
      },
      { method: 'exit', args: [0], ready: true },
    ]);
  });

  it('kiosk under a service manager: the third crash exits 75 for it to restart the app', async () => {
    expect(await threeCrashesWith('BRIEFING_SUPERVISED', '1')).toEqual([
      { method: 'exit', args: [75], ready: true },
    ]);
  });

  it('kiosk: kiosk:exit checks the PIN in main, throttles guesses, then quits', async () => {
    const config = await kioskConfig('kiosk-pin.json', { exitPin: '2468' });
    const kiosk = await started(['--kiosk', '--config', config]);
    const url = mainWindow(kiosk).webContents.getURL();
    // With only a PIN configured, the default shortcut does nothing.
    const shortcut = { key: 'Q', code: 'KeyQ', control: true, alt: true, shift: true };
    expect(mainWindow(kiosk).webContents.pressKey({ type: 'keyDown', ...shortcut })).toBe(true);
    expect(app.calls.filter((call) => call.method === 'quit')).toEqual([]);
    await expect(fake.invoke('kiosk:exit', url, '1111')).resolves.toEqual({
      ok: true,
      value: { ok: false, reason: 'wrong-pin' },
    });
    await expect(fake.invoke('kiosk:exit', url, 'x'.repeat(40))).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    await expect(fake.invoke('kiosk:exit', url, '2468')).resolves.toEqual({
      ok: true,
      value: { ok: true },
    });
    await vi.waitFor(() =>
      expect(app.calls.filter((call) => call.method === 'quit').length).toBeGreaterThan(0),
    );
    const log = await kioskLog(kiosk);
    expect(log).toMatch(/ exit-refused wrong-pin: failure 1 in a row\n/);
    expect(log).toMatch(/ exit with the PIN\n$/);
    expect(log).not.toContain('2468');
  });

  it('kiosk: refuses to start on a bad config file and names the field', async () => {
    const config = await kioskConfig('kiosk-bad.json', {
      dwells: { trade: 30, nowhere: 5 },
      exitPin: '12',
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const next = await boot(['--kiosk', '--config', config]);
    const written = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
    stderr.mockRestore();
    expect(app.calls).toEqual([{ method: 'exit', args: [2], ready: false }]);
    expect(written).toContain(`${config}: invalid settings`);
    expect(written).toMatch(/ {2}dwells\.nowhere: "nowhere" is not a slide id \(slides: title, /);
    expect(written).toMatch(/ {2}exitPin: must be 4 to 8 digits/);
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(next.windows).toHaveLength(0);
  });

  it('ran the later boots without an exception', () => {
    expect(problems).toEqual([]);
  });

  it('quits when another instance holds the lock', async () => {
    const next = await boot([], { lockAvailable: false });
    expect(app.calls.map((call) => call.method)).toEqual(['requestSingleInstanceLock', 'quit']);
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(next.windows).toHaveLength(0);
  });
});
