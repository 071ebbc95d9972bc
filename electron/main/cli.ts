/**
 * Command-line options of the desktop app. Pure: main passes `process.argv` in and decides
 * what to do with the result (run, print usage, exit 2).
 */
import { LANGUAGE_CODES, isLanguage, type Language } from '../../core/languages.ts';
import { SLIDE_ID_PATTERN } from '../../core/ids.ts';
import { MODES, isMode, type Mode } from '../../core/modes.ts';
import {
  ORIENTATION_CHOICES,
  isOrientationChoice,
  type OrientationChoice,
} from '../../core/orientation.ts';

/** Exit status for a command-line mistake (the usual "usage error" status). */
export const EXIT_USAGE = 2;

export interface CliOptions {
  readonly language?: Language;
  readonly mode?: Mode;
  readonly slide?: string;
  /** Shorthand for `--mode kiosk`: full-screen kiosk window, no menu. */
  readonly kiosk: boolean;
  /** The design to show: `auto` follows the window's shape; a totem may force `portrait`. */
  readonly orientation?: OrientationChoice;
  readonly configPath?: string;
}

export type CliParse =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: china-kazakhstan-briefing [options]

Options:
  --lang <${LANGUAGE_CODES.join('|')}>      language to show (default: last used, else the system's)
  --mode <${MODES.join('|')}>
                          how to show the deck (default: present)
  --slide <id>            slide to open first, e.g. trade (unknown ids open the first slide)
  --kiosk                 unattended kiosk: full screen, no menu, looping (same as --mode kiosk)
  --orientation <${ORIENTATION_CHOICES.join('|')}>
                          slide design: auto follows the window's shape (default); portrait
                          forces the 1080×1920 design of a totem, landscape the 1920×1080 one
  --config <file>         JSON file with any of: lang, mode, slide, kiosk, orientation, dwell,
                          idle, langs, dwells, display, exitShortcut, exitPin (see
                          assets/kiosk.example.json; command-line options win over the file)
  -h, --help              show this help
`;

/**
 * Switches Chromium, Node and Electron read themselves (Playwright, electron-vite and the OS
 * add some). They are let through rather than reported as unknown.
 */
const RUNTIME_SWITCHES: ReadonlySet<string> = new Set([
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-gpu-sandbox',
  '--disable-dev-shm-usage',
  '--enable-logging',
  '--v',
  '--vmodule',
  '--ozone-platform',
  '--ozone-platform-hint',
  '--enable-features',
  '--disable-features',
  '--force-device-scale-factor',
  '--user-data-dir',
  '--allow-file-access-from-files',
  '--original-process-start-time',
]);

/**
 * The arguments meant for the app. Unpackaged (`electron <app> …`, `process.defaultApp`),
 * everything up to the app path belongs to Electron; packaged, only the executable does.
 */
export function userArguments(argv: readonly string[], defaultApp: boolean): string[] {
  const rest = argv.slice(1);
  if (!defaultApp) return rest;
  const appIndex = rest.findIndex((arg) => !arg.startsWith('-'));
  return appIndex === -1 ? [] : rest.slice(appIndex + 1);
}

const OPTIONS_WITH_VALUE = ['--lang', '--mode', '--slide', '--orientation', '--config'] as const;
type OptionWithValue = (typeof OPTIONS_WITH_VALUE)[number];

function isOptionWithValue(name: string): name is OptionWithValue {
  return (OPTIONS_WITH_VALUE as readonly string[]).includes(name);
}

/** Parses the app's own arguments (`--name value` or `--name=value`). The last of a repeated option wins. */
export function parseCommandLine(args: readonly string[]): CliParse {
  let language: Language | undefined;
  let mode: Mode | undefined;
  let slide: string | undefined;
  let orientation: OrientationChoice | undefined;
  let configPath: string | undefined;
  let kiosk = false;

  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    // macOS adds -psn_<process serial number> when an app is opened from the Finder.
    if (arg.startsWith('-psn_')) continue;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (RUNTIME_SWITCHES.has(name)) continue;
    if (name === '-h' || name === '--help') return { kind: 'help' };
    if (name === '--kiosk') {
      if (equals !== -1) return { kind: 'error', message: '--kiosk takes no value' };
      kiosk = true;
      continue;
    }
    if (!isOptionWithValue(name)) {
      const what = arg.startsWith('-') ? 'Unknown option' : 'Unexpected argument';
      return { kind: 'error', message: `${what}: ${arg}` };
    }
    let value: string | undefined;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[index + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        index += 1;
      }
    }
    if (value === undefined || value === '')
      return { kind: 'error', message: `${name} needs a value` };

    switch (name) {
      case '--lang':
        if (!isLanguage(value)) return invalid(name, value, LANGUAGE_CODES);
        language = value;
        break;
      case '--mode':
        if (!isMode(value)) return invalid(name, value, MODES);
        mode = value;
        break;
      case '--slide':
        if (!SLIDE_ID_PATTERN.test(value)) {
          return {
            kind: 'error',
            message: `--slide must be a slide id like "trade" (got "${value}")`,
          };
        }
        slide = value;
        break;
      case '--orientation':
        if (!isOrientationChoice(value)) return invalid(name, value, ORIENTATION_CHOICES);
        orientation = value;
        break;
      case '--config':
        configPath = value;
        break;
    }
  }

  if (kiosk && mode !== undefined && mode !== 'kiosk') {
    return { kind: 'error', message: `--kiosk cannot be combined with --mode ${mode}` };
  }
  return {
    kind: 'run',
    options: {
      kiosk,
      ...(language && { language }),
      ...(mode && { mode }),
      ...(slide && { slide }),
      ...(orientation && { orientation }),
      ...(configPath && { configPath }),
    },
  };
}

function invalid(name: string, value: string, allowed: readonly string[]): CliParse {
  return {
    kind: 'error',
    message: `${name} must be one of ${allowed.join(', ')} (got "${value}")`,
  };
}
