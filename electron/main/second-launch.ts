/**
 * A second launch while the briefing runs (`briefing --lang fr --slide trade`) hands its
 * request to the running instance, which goes there in its open window.
 *
 * The request travels as `requestSingleInstanceLock(additionalData)`, the fourth argument of
 * 'second-instance'. The argv that event also carries is not the one typed: Electron's docs
 * say "the order might change and additional arguments might be appended", and Chromium
 * rebuilds it with every switch before the plain arguments (`--lang --slide fr trade`) plus
 * switches of its own (`--original-process-start-time=…`). That argv is read only when no
 * request came with the event (an older build, or a launch by another user, where Electron
 * passes neither), and read tolerantly.
 */
import * as z from 'zod';
import { SLIDE_ID_PATTERN, SLIDE_IDS, type SlideId } from '../../core/ids.ts';
import { LANGUAGE_CODES, type Language } from '../../core/languages.ts';
import type { CliOptions } from './cli.ts';

/** What a second launch asks of the running briefing. */
export interface LaunchRequest {
  readonly language?: Language;
  /** As typed; an unknown id still brings the window forward, on its current slide. */
  readonly slide?: string;
}

/** The slide a launch request names, when the deck has it. */
export function requestedSlide(request: LaunchRequest): SlideId | undefined {
  return SLIDE_IDS.find((id) => id === request.slide);
}

/** The additionalData this launch passes to requestSingleInstanceLock (plain JSON). */
export function launchRequestData(options: CliOptions): LaunchRequest {
  return {
    ...(options.language && { language: options.language }),
    ...(options.slide && { slide: options.slide }),
  };
}

// Another process wrote it: checked like any message from outside main.
const LaunchRequestSchema = z.object({
  language: z.enum(LANGUAGE_CODES).optional(),
  slide: z.string().regex(SLIDE_ID_PATTERN).optional(),
});

/** Switches of ours that take a value; their order pairs them with the plain arguments. */
const VALUE_SWITCHES = ['--lang', '--mode', '--slide', '--config'] as const;

/**
 * The request of a second launch: its additionalData when it sent one, else what can be
 * recovered from the reordered argv. Anything unreadable is left out, never an error: the
 * running briefing is only brought to the front then.
 */
export function readLaunchRequest(
  additionalData: unknown,
  argv: readonly string[],
  defaultApp: boolean,
): LaunchRequest {
  if (additionalData !== undefined && additionalData !== null) {
    const parsed = LaunchRequestSchema.safeParse(additionalData);
    return parsed.success ? launchRequestData({ kiosk: false, ...parsed.data }) : {};
  }
  return requestFromArgv(argv, defaultApp);
}

/**
 * Chromium keeps the relative order of the switches and of the plain arguments, so the n-th
 * bare value switch (`--slide`) takes the n-th plain argument; `--name=value` takes none.
 * Unpackaged, the first plain argument is the app's path.
 */
function requestFromArgv(argv: readonly string[], defaultApp: boolean): LaunchRequest {
  const rest = argv.slice(1);
  const plain = rest.filter((arg) => !arg.startsWith('-'));
  if (defaultApp) plain.shift();
  const values = new Map<string, string>();
  for (const arg of rest) {
    if (!arg.startsWith('--')) continue;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!(VALUE_SWITCHES as readonly string[]).includes(name)) continue;
    const value = equals === -1 ? plain.shift() : arg.slice(equals + 1);
    if (value !== undefined) values.set(name, value);
  }
  const language = LANGUAGE_CODES.find((code) => code === values.get('--lang'));
  const slide = values.get('--slide');
  return {
    ...(language && { language }),
    ...(slide !== undefined && SLIDE_ID_PATTERN.test(slide) && { slide }),
  };
}
