import { PDFDocument } from '@cantoo/pdf-lib';
import type * as Electron from './types.ts';
import type { BrowserWindow } from './browser-window.ts';
import type { Menu } from './menu.ts';

/** Throws as Electron does when a module that needs the app to be ready is used before. */
export function readyGuard(what: string): void {
  if (!state.ready) throw new Error(`${what} can only be used after the app 'ready' event`);
}

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
    ] as Electron.Display[],
    privilegedSchemes: undefined as
      { scheme: string; privileges?: Record<string, boolean> }[] | undefined,
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    headersListener: undefined as Electron.HeadersListener | undefined,
    permissionRequestHandler: undefined as Electron.Listener | undefined,
    permissionCheckHandler: undefined as Electron.Listener | undefined,
    ipcHandlers: new Map<string, Electron.InvokeListener>(),
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
    saveDialogResult: (): Electron.SaveDialogResult => ({ canceled: true, filePath: '' }),
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

export let state = freshState();

export type FakeState = ReturnType<typeof freshState>;
/** Forget everything, before loading the bundle again. */
export function resetState(overrides: Partial<FakeState>): FakeState {
  state = { ...freshState(), ...overrides };
  return state;
}
