/**
 * The one IPC contract between the main process, the preload bridge and the renderer.
 *
 * Pure on purpose: it imports zod and the renderer's dependency-free language/mode tables
 * only, so the sandboxed preload can bundle it, main can validate with it and the renderer
 * can `import type` from it without pulling in Electron or Node.
 */
import * as z from 'zod';
import { LANGUAGE_CODES, type Language } from '../../renderer/i18n/languages.ts';
import { PRINT_LAYOUTS, type PrintLayout } from '../../renderer/deck/modes.ts';
import { SLIDE_IDS } from '../../renderer/deck/types.ts';

/** Renderer → main request/response channels (`ipcRenderer.invoke` → `ipcMain.handle`). */
export const INVOKE_CHANNELS = {
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  exportPdf: 'export:pdf',
  toggleFullScreen: 'window:toggle-full-screen',
  /** This window moved the deck; main records it and tells every window (presenter view). */
  deckGo: 'deck:go',
  /** Where the deck is: asked by a window that opens or reloads. */
  deckGetPosition: 'deck:get-position',
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

export const PAPER_SIZES = ['A4', 'Letter'] as const;

export type PaperSize = (typeof PAPER_SIZES)[number];

/** What the renderer may read of the shell's remembered settings. */
export interface Settings {
  readonly language: Language;
}

/** A PDF export: which language, which print layout, which paper. The path is chosen by the user in main. */
export interface ExportRequest {
  readonly language: Language;
  readonly layout: PrintLayout;
  readonly paper: PaperSize;
}

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
  | { readonly type: 'export-pdf' }
  | { readonly type: 'go'; readonly slideId: string };

/** What the preload exposes as `window.briefing` (absent in a plain browser). */
export interface BriefingApi {
  readonly shell: 'electron';
  getSettings(): Promise<Settings>;
  /** Remembered between runs; also relabels the application menu. */
  setLanguage(language: Language): Promise<void>;
  exportPdf(request: ExportRequest): Promise<ExportResult>;
  toggleFullScreen(): Promise<void>;
  /** Subscribes to menu commands; call the returned function to unsubscribe. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
  /** Moves the deck of every window to this slide. */
  goToSlide(index: number): Promise<void>;
  getPosition(): Promise<DeckPosition>;
  /** Subscribes to deck moves (this window's own included); returns the unsubscriber. */
  onPosition(listener: (position: DeckPosition) => void): () => void;
  /** Ends the kiosk when `pin` is its PIN. */
  exitKiosk(pin: string): Promise<KioskExitResult>;
}

export const LanguageSchema = z.enum(LANGUAGE_CODES);

export const SlideIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(SLIDE_IDS.length - 1);

/** Longer than any PIN the config accepts (4–8 digits); longer input is not a PIN attempt. */
const PinAttemptSchema = z.string().max(16);

export const ExportRequestSchema = z.strictObject({
  language: LanguageSchema,
  layout: z.enum(PRINT_LAYOUTS),
  paper: z.enum(PAPER_SIZES),
});

/** The arguments each invoke channel takes (the preload spreads them into `invoke`). */
export interface InvokeArgsMap {
  [INVOKE_CHANNELS.getSettings]: [];
  [INVOKE_CHANNELS.setLanguage]: [language: Language];
  [INVOKE_CHANNELS.exportPdf]: [request: ExportRequest];
  [INVOKE_CHANNELS.toggleFullScreen]: [];
  [INVOKE_CHANNELS.deckGo]: [index: number];
  [INVOKE_CHANNELS.deckGetPosition]: [];
  [INVOKE_CHANNELS.kioskExit]: [pin: string];
}

export type InvokeArgs<C extends InvokeChannel> = InvokeArgsMap[C];

/**
 * The schema main checks each channel's argument list against before use.
 * Tuples, so a renderer that sends extra arguments is rejected too.
 */
export const PAYLOAD_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<InvokeArgsMap[C]> } = {
  [INVOKE_CHANNELS.getSettings]: z.tuple([]),
  [INVOKE_CHANNELS.setLanguage]: z.tuple([LanguageSchema]),
  [INVOKE_CHANNELS.exportPdf]: z.tuple([ExportRequestSchema]),
  [INVOKE_CHANNELS.toggleFullScreen]: z.tuple([]),
  [INVOKE_CHANNELS.deckGo]: z.tuple([SlideIndexSchema]),
  [INVOKE_CHANNELS.deckGetPosition]: z.tuple([]),
  [INVOKE_CHANNELS.kioskExit]: z.tuple([PinAttemptSchema]),
};

/** What a handler resolves to when the request was valid: what the matching API method resolves to. */
export interface InvokeResults {
  [INVOKE_CHANNELS.getSettings]: Awaited<ReturnType<BriefingApi['getSettings']>>;
  [INVOKE_CHANNELS.setLanguage]: Awaited<ReturnType<BriefingApi['setLanguage']>>;
  [INVOKE_CHANNELS.exportPdf]: Awaited<ReturnType<BriefingApi['exportPdf']>>;
  [INVOKE_CHANNELS.toggleFullScreen]: Awaited<ReturnType<BriefingApi['toggleFullScreen']>>;
  [INVOKE_CHANNELS.deckGo]: Awaited<ReturnType<BriefingApi['goToSlide']>>;
  [INVOKE_CHANNELS.deckGetPosition]: Awaited<ReturnType<BriefingApi['getPosition']>>;
  [INVOKE_CHANNELS.kioskExit]: Awaited<ReturnType<BriefingApi['exitKiosk']>>;
}

export type InvokeResult<C extends InvokeChannel> = InvokeResults[C];

export const IPC_ERROR_CODES = ['invalid-payload', 'untrusted-sender', 'internal'] as const;

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

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcValidationError };

/** Checks a channel's argument list against its schema. Never throws. */
export function validate<C extends InvokeChannel>(
  channel: C,
  payload: unknown,
): ValidationResult<InvokeArgs<C>> {
  const parsed = PAYLOAD_SCHEMAS[channel].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    return at === '' ? issue.message : `${at}: ${issue.message}`;
  });
  return {
    ok: false,
    error: {
      code: 'invalid-payload',
      channel,
      message: `Invalid payload for ${channel}`,
      issues,
    },
  };
}
