/**
 * The one IPC contract between the main process, the preload bridge and the renderer:
 * channel names and types. Its runtime checks (zod) are in schemas.ts, which only main loads,
 * so the sandboxed preload bundles a few constants rather than a validation library.
 */
import type { ChartView } from './chart-view.ts';
import type { SlideId } from './ids.ts';
import type { Language } from './languages.ts';
import type { Paper, PerPage, PrintLayout } from './modes.ts';
import type { Orientation } from './orientation.ts';

/** Renderer → main request/response channels (`ipcRenderer.invoke` → `ipcMain.handle`). */
export const INVOKE_CHANNELS = {
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  exportPdf: 'export:pdf',
  /** The renderer built the PowerPoint file; main asks where to save it and writes it. */
  exportPptx: 'export:pptx',
  toggleFullScreen: 'window:toggle-full-screen',
  /** This window moved the deck; main records it and tells every window (presenter view). */
  deckGo: 'deck:go',
  /** Where the deck is: asked by a window that opens or reloads. */
  deckGetPosition: 'deck:get-position',
  /**
   * An audience window's design (landscape, or portrait on a totem): main records it with the
   * position, so the presenter console's previews show the slides as the audience sees them.
   */
  deckAudience: 'deck:audience',
  /** Leave the kiosk with its PIN, checked in main. */
  kioskExit: 'kiosk:exit',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Main → renderer channels (`webContents.send` → `ipcRenderer.on`). */
export const EVENT_CHANNELS = {
  command: 'shell:command',
  /** The deck moved (main is the source of truth in the desktop app); every window follows. */
  deckPosition: 'deck:position',
} as const;

export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];

/** What the renderer may read of the shell's remembered settings. */
export interface Settings {
  readonly language: Language;
}

/**
 * A PDF export: which language, which print layout, which paper, and for the handout how many
 * slides a page (1: each with its notes, data and sources). The path is chosen by the user in
 * main.
 */
export interface ExportRequest {
  readonly language: Language;
  readonly layout: PrintLayout;
  readonly paper: Paper;
  readonly perPage: PerPage;
}

/**
 * A PowerPoint export: the deck's file, built in the renderer by the same builder as
 * `npm run handout -- --format pptx` (PptxGenJS runs in the page; main would need the
 * renderer's modules), and its language for the file name. The path is chosen in main.
 */
export interface PptxExportRequest {
  readonly language: Language;
  /** The .pptx file's bytes (a zip archive). */
  readonly deck: Uint8Array;
}

/** Largest deck main accepts: the briefing's is under 1 MB; anything near this is not one. */
export const PPTX_EXPORT_MAX_BYTES = 16 * 1024 * 1024;

/** Why an export did not produce a file; the renderer words each code in the user's language. */
export const EXPORT_ERROR_CODES = [
  'cancelled',
  'busy',
  'unwritable',
  'disk-full',
  'write-failed',
  'timeout',
  'render-failed',
] as const;

export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];

export type ExportResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly error: ExportErrorCode; readonly message: string };

/** Where the deck is, as main knows it. */
export interface DeckPosition {
  /** Index into the deck's slides. */
  readonly index: number;
  /** The slide's log scales and data tables switched on (absent: none). */
  readonly charts?: ChartView;
  /** The design the audience window last reported (absent: none has, landscape). */
  readonly audience?: Orientation;
}

/** Why a PIN did not end the kiosk; the page words each reason in the visitor's language. */
export const KIOSK_EXIT_REFUSALS = ['wrong-pin', 'locked', 'no-pin', 'not-kiosk'] as const;

export type KioskExitRefusal = (typeof KIOSK_EXIT_REFUSALS)[number];

/** `ok: true` means the app is quitting. */
export type KioskExitResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: KioskExitRefusal };

/** Menu → renderer commands, sent on {@link EVENT_CHANNELS.command}. */
export type ShellCommand =
  | { readonly type: 'show-overview' }
  | { readonly type: 'toggle-presenter' }
  | { readonly type: 'show-help' }
  | { readonly type: 'set-language'; readonly language: Language }
  /** Opens the export dialog (PDF or PowerPoint). */
  | { readonly type: 'export' }
  | { readonly type: 'go'; readonly slideId: SlideId };

/** What the preload exposes as `window.briefing` (absent in a plain browser). */
export interface BriefingApi {
  readonly shell: 'electron';
  getSettings(): Promise<Settings>;
  /** Remembered between runs; also relabels the application menu. */
  setLanguage(language: Language): Promise<void>;
  exportPdf(request: ExportRequest): Promise<ExportResult>;
  exportPptx(request: PptxExportRequest): Promise<ExportResult>;
  toggleFullScreen(): Promise<void>;
  /** Subscribes to menu commands; call the returned function to unsubscribe. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
  /** Moves the deck of every window to this slide, with its charts viewed this way. */
  goToSlide(index: number, charts?: ChartView): Promise<void>;
  getPosition(): Promise<DeckPosition>;
  /** Subscribes to deck moves (this window's own included); returns the unsubscriber. */
  onPosition(listener: (position: DeckPosition) => void): () => void;
  /** This audience window shows the deck in this design (sent again when it changes). */
  reportAudienceDesign(design: Orientation): Promise<void>;
  /** Ends the kiosk when `pin` is its PIN. */
  exitKiosk(pin: string): Promise<KioskExitResult>;
}

/** The arguments each invoke channel takes (the preload spreads them into `invoke`). */
export interface InvokeArgsMap {
  [INVOKE_CHANNELS.getSettings]: [];
  [INVOKE_CHANNELS.setLanguage]: [language: Language];
  [INVOKE_CHANNELS.exportPdf]: [request: ExportRequest];
  [INVOKE_CHANNELS.exportPptx]: [request: PptxExportRequest];
  [INVOKE_CHANNELS.toggleFullScreen]: [];
  [INVOKE_CHANNELS.deckGo]: [index: number, charts?: ChartView];
  [INVOKE_CHANNELS.deckGetPosition]: [];
  [INVOKE_CHANNELS.deckAudience]: [design: Orientation];
  [INVOKE_CHANNELS.kioskExit]: [pin: string];
}

export type InvokeArgs<C extends InvokeChannel> = InvokeArgsMap[C];

/** What a handler resolves to when the request was valid: what the matching API method resolves to. */
export interface InvokeResults {
  [INVOKE_CHANNELS.getSettings]: Awaited<ReturnType<BriefingApi['getSettings']>>;
  [INVOKE_CHANNELS.setLanguage]: Awaited<ReturnType<BriefingApi['setLanguage']>>;
  [INVOKE_CHANNELS.exportPdf]: Awaited<ReturnType<BriefingApi['exportPdf']>>;
  [INVOKE_CHANNELS.exportPptx]: Awaited<ReturnType<BriefingApi['exportPptx']>>;
  [INVOKE_CHANNELS.toggleFullScreen]: Awaited<ReturnType<BriefingApi['toggleFullScreen']>>;
  [INVOKE_CHANNELS.deckGo]: Awaited<ReturnType<BriefingApi['goToSlide']>>;
  [INVOKE_CHANNELS.deckGetPosition]: Awaited<ReturnType<BriefingApi['getPosition']>>;
  [INVOKE_CHANNELS.deckAudience]: Awaited<ReturnType<BriefingApi['reportAudienceDesign']>>;
  [INVOKE_CHANNELS.kioskExit]: Awaited<ReturnType<BriefingApi['exitKiosk']>>;
}

export type InvokeResult<C extends InvokeChannel> = InvokeResults[C];

/** `not-allowed`: a channel this window may not use now (a kiosk refuses export and full screen). */
export const IPC_ERROR_CODES = [
  'invalid-payload',
  'untrusted-sender',
  'not-allowed',
  'internal',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** A transport-level failure: the request was refused or the handler failed, not a domain outcome. */
export interface IpcError {
  readonly code: IpcErrorCode;
  readonly channel: string;
  readonly message: string;
  /** One line per schema issue (`path: message`); empty unless `code` is `invalid-payload`. */
  readonly issues: readonly string[];
}

export interface IpcValidationError extends IpcError {
  readonly code: 'invalid-payload';
}

/** Every invoke handler resolves to this envelope; handlers never throw across the bridge. */
export type IpcReply<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };
