/**
 * Start-up smoke test of the BUILT main bundle (out/main/index.js), run by vitest in Node.
 * The Electron binary cannot be downloaded on these machines, so `electron` resolves to a
 * recording fake (e2e/fake-electron) through vi.mock; the bundle itself is the shipped code.
 * Where the bundle has not been built the suite is skipped and says so.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../electron/ipc/contract.ts';
import { BrowserWindow, Menu, app, fake, type FakeState } from './fake-electron/index.ts';

vi.mock('electron', () => import('./fake-electron/index.ts'));

const ROOT = resolve(import.meta.dirname, '..');
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
      args: [],
      ready: false,
    });
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
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
      paper: 'A4',
    });
    expect(reply).toEqual({ ok: true, value: { ok: true, path: target } });
    expect((await readFile(target)).subarray(0, 4).toString()).toBe('%PDF');
    const hidden = state.windows[before];
    expect(hidden?.options).toMatchObject({ show: false });
    expect(hidden?.webContents.getLastWebPreferences()).toMatchObject({
      ...SECURE_PREFERENCES,
      backgroundThrottling: false,
    });
    expect(hidden?.webContents.getURL()).toBe(
      'app://briefing/index.html?lang=kk&mode=print&layout=handout',
    );
    expect(hidden?.webContents.executed).toContain(
      "document.documentElement.dataset.deckReady === 'true'",
    );
    expect(hidden?.webContents.printed).toEqual([
      {
        pageSize: 'A4',
        landscape: false,
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      },
    ]);
    expect(hidden?.isDestroyed()).toBe(true);
    expect((await readdir(temp)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const save = state.dialogs.find((entry) => entry.kind === 'save')?.options;
    expect(save).toMatchObject({ defaultPath: join(temp, 'briefing-kk-handout.pdf') });
  });

  it('maps a cancelled dialog and an unwritable folder to export error codes', async () => {
    const request = { language: 'en', layout: 'slides', paper: 'Letter' };
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
    });
    state.loadFailure = undefined;
    expect(reply).toMatchObject({ ok: true, value: { ok: false, error: 'render-failed' } });
    expect(state.windows[before]?.isDestroyed()).toBe(true);
    expect(existsSync(join(temp, 'never.pdf'))).toBe(false);
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
    const kiosk = await boot(['--kiosk', '--lang', 'kk']);
    app.emitReady();
    await vi.waitFor(() => expect(kiosk.windows).toHaveLength(1));
    const window = mainWindow(kiosk);
    expect(window.options).toMatchObject({ kiosk: true });
    expect(window.webContents.getURL()).toBe('app://briefing/index.html?lang=kk&mode=kiosk');
    expect(kiosk.applicationMenu).toBeNull();
    const presenter = 'app://briefing/index.html?lang=kk&mode=presenter';
    expect(window.webContents.openHandler?.({ url: presenter })).toEqual({ action: 'deny' });
    expect(kiosk.windows).toHaveLength(1);
  });

  it('quits when another instance holds the lock', async () => {
    const next = await boot([], { lockAvailable: false });
    expect(app.calls.map((call) => call.method)).toEqual(['requestSingleInstanceLock', 'quit']);
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(next.windows).toHaveLength(0);
  });
});
