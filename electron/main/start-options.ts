/**
 * What the first window shows. Merge order (later wins): defaults ← system language ←
 * remembered language ← config file ← command line. The renderer's URL carries the result;
 * the kiosk's shell settings (display, exit) stay in main (kiosk-policy.ts).
 */
import * as z from 'zod';
import { LanguageSchema } from '../ipc/schemas.ts';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  isLanguage,
  type Language,
} from '../../core/languages.ts';
import { DEFAULT_MODE, MAX_KIOSK_SECONDS, MODES, type Mode } from '../../core/modes.ts';
import { SLIDE_ID_PATTERN, SLIDE_IDS } from '../../core/ids.ts';
import { ORIENTATION_CHOICES, type OrientationChoice } from '../../core/orientation.ts';
import { hasCommandModifier, parseAccelerator } from './accelerator.ts';
import type { CliOptions } from './cli.ts';

/** Longest dwell or idle time a config file may set: one hour. */
const MAX_SECONDS = MAX_KIOSK_SECONDS;
const seconds = z.number().positive().max(MAX_SECONDS);

const KNOWN_SLIDES: ReadonlySet<string> = new Set(SLIDE_IDS);

/** Seconds per slide id; a misspelt id would silently do nothing, so it is an error. */
const SlideDwellsSchema = z.record(z.string(), seconds).superRefine((dwells, context) => {
  for (const id of Object.keys(dwells)) {
    if (KNOWN_SLIDES.has(id)) continue;
    context.addIssue({
      code: 'custom',
      path: [id],
      message: `"${id}" is not a slide id (slides: ${SLIDE_IDS.join(', ')})`,
    });
  }
});

const DISPLAY_MESSAGE =
  'must be a display number (0 for the first display, 1, …), "primary", "largest", ' +
  '{"id": <display id>} or {"label": "<monitor name>"} (the kiosk log lists them)';
const DisplaySchema = z.union(
  [
    z.number().int(DISPLAY_MESSAGE).min(0, DISPLAY_MESSAGE),
    z.enum(['primary', 'largest']),
    z.strictObject({ id: z.number().int().min(0) }),
    z.strictObject({ label: z.string().trim().min(1, 'must name a monitor, e.g. "DELL U2720Q"') }),
  ],
  { error: DISPLAY_MESSAGE },
);

const ExitShortcutSchema = z.string().superRefine((text, context) => {
  const parsed = parseAccelerator(text);
  if (!parsed.ok) {
    context.addIssue({ code: 'custom', message: `not a shortcut: ${parsed.message}` });
  } else if (!hasCommandModifier(parsed.accelerator)) {
    context.addIssue({
      code: 'custom',
      message: `"${text}" must use Ctrl, Alt or Cmd (e.g. "CmdOrCtrl+Alt+Shift+Q"), so that typing on the kiosk cannot end it`,
    });
  }
});

const ExitPinSchema = z
  .string({ error: 'must be a string of 4 to 8 digits, e.g. "2468"' })
  .regex(/^\d{4,8}$/, 'must be 4 to 8 digits, e.g. "2468"');

/** The `--config <file>` JSON: the command-line options plus the kiosk timings of the URL contract. */
export const ConfigFileSchema = z.strictObject({
  lang: LanguageSchema.optional(),
  mode: z.enum(MODES).optional(),
  slide: z.string().regex(SLIDE_ID_PATTERN).optional(),
  kiosk: z.boolean().optional(),
  /**
   * The slide design: "auto" (default) follows the window's shape; "portrait" or "landscape"
   * forces one, for a totem whose panel reports the wrong shape.
   */
  orientation: z
    .enum(ORIENTATION_CHOICES, { error: `must be one of ${ORIENTATION_CHOICES.join(', ')}` })
    .optional(),
  /** Seconds on each slide in kiosk mode, overriding the deck's own. */
  dwell: seconds.optional(),
  /** Seconds without input before a kiosk returns to the start. */
  idle: seconds.optional(),
  /** Languages a kiosk rotates through, one per loop. */
  langs: z
    .array(LanguageSchema)
    .min(1)
    .max(LANGUAGE_CODES.length)
    .refine((langs) => new Set(langs).size === langs.length, 'languages must not repeat')
    .optional(),
  /** Seconds on particular slides (slide id → seconds), over `dwell` and the deck's own. */
  dwells: SlideDwellsSchema.optional(),
  /** Where the kiosk shows: a display number, "primary" (default), "largest", an id or a label. */
  display: DisplaySchema.optional(),
  /** Accelerator that ends the kiosk (default: CmdOrCtrl+Alt+Shift+Q unless a PIN is set). */
  exitShortcut: ExitShortcutSchema.optional(),
  /** PIN (4–8 digits) that ends the kiosk from its on-screen exit dialog. */
  exitPin: ExitPinSchema.optional(),
});

export type ConfigFile = z.output<typeof ConfigFileSchema>;

export type ConfigParse =
  | { readonly ok: true; readonly config: ConfigFile }
  | { readonly ok: false; readonly message: string };

/** Parses the config file's text; the message names the file and every problem. */
export function parseConfigFile(text: string, path: string): ConfigParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = ConfigFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(file)'}: ${issue.message}`,
  );
  return { ok: false, message: `${path}: invalid settings\n${problems.join('\n')}` };
}

export interface StartOptions {
  readonly language: Language;
  readonly mode: Mode;
  readonly slide?: string;
  /** A forced design (`orientation=` in the URL); absent or `auto`, the window's shape decides. */
  readonly orientation?: OrientationChoice;
  readonly kiosk?: {
    readonly dwell?: number;
    readonly idle?: number;
    readonly langs?: readonly Language[];
    readonly dwells?: Readonly<Record<string, number>>;
    /** The kiosk has a PIN, so the page offers the exit dialog (the PIN itself stays in main). */
    readonly pinExit?: boolean;
  };
}

/** The first of the user's preferred locales we have a translation for (`kk-KZ` → `kk`). */
export function languageFromLocales(locales: readonly string[]): Language | undefined {
  for (const locale of locales) {
    const primary = locale.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

/** The mode to start in: command line first, then the config file, then the default. */
export function startMode(cli: CliOptions, config: ConfigFile): Mode {
  return (
    cli.mode ??
    (cli.kiosk ? 'kiosk' : undefined) ??
    config.mode ??
    (config.kiosk === true ? 'kiosk' : undefined) ??
    DEFAULT_MODE
  );
}

export function resolveStartOptions(input: {
  readonly cli: CliOptions;
  readonly config: ConfigFile;
  readonly storedLanguage: Language | undefined;
  readonly systemLocales: readonly string[];
}): StartOptions {
  const { cli, config } = input;
  const language =
    cli.language ??
    config.lang ??
    input.storedLanguage ??
    languageFromLocales(input.systemLocales) ??
    DEFAULT_LANGUAGE;
  const mode = startMode(cli, config);
  const slide = cli.slide ?? config.slide;
  const orientation = cli.orientation ?? config.orientation;
  const kiosk =
    mode === 'kiosk'
      ? {
          ...(config.dwell !== undefined && { dwell: config.dwell }),
          ...(config.idle !== undefined && { idle: config.idle }),
          ...(config.langs !== undefined && { langs: config.langs }),
          ...(config.dwells !== undefined && { dwells: config.dwells }),
          ...(config.exitPin !== undefined && { pinExit: true }),
        }
      : undefined;
  return {
    language,
    mode,
    ...(slide !== undefined && { slide }),
    ...(orientation !== undefined && orientation !== 'auto' && { orientation }),
    ...(kiosk && { kiosk }),
  };
}
