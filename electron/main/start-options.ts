/**
 * What the first window shows. Merge order (later wins): defaults ← system language ←
 * remembered language ← config file ← command line. The renderer's URL carries the result.
 */
import * as z from 'zod';
import { LanguageSchema } from '../ipc/contract.ts';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_CODES,
  isLanguage,
  type Language,
} from '../../renderer/i18n/languages.ts';
import { DEFAULT_MODE, MODES, type Mode } from '../../renderer/deck/modes.ts';
import { SLIDE_ID_PATTERN, type CliOptions } from './cli.ts';

/** Longest dwell or idle time a config file may set: one hour. */
const MAX_SECONDS = 3600;
const seconds = z.number().positive().max(MAX_SECONDS);

/** The `--config <file>` JSON: the command-line options plus the kiosk timings of the URL contract. */
export const ConfigFileSchema = z.strictObject({
  lang: LanguageSchema.optional(),
  mode: z.enum(MODES).optional(),
  slide: z.string().regex(SLIDE_ID_PATTERN).optional(),
  kiosk: z.boolean().optional(),
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
  readonly kiosk?: {
    readonly dwell?: number;
    readonly idle?: number;
    readonly langs?: readonly Language[];
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
  const mode =
    cli.mode ??
    (cli.kiosk ? 'kiosk' : undefined) ??
    config.mode ??
    (config.kiosk === true ? 'kiosk' : undefined) ??
    DEFAULT_MODE;
  const slide = cli.slide ?? config.slide;
  const kiosk =
    mode === 'kiosk'
      ? {
          ...(config.dwell !== undefined && { dwell: config.dwell }),
          ...(config.idle !== undefined && { idle: config.idle }),
          ...(config.langs !== undefined && { langs: config.langs }),
        }
      : undefined;
  return { language, mode, ...(slide !== undefined && { slide }), ...(kiosk && { kiosk }) };
}
