/**
 * The kiosk settings that stay in main (the page never sees them): which display, and what
 * ends the kiosk. Read from the validated config file (start-options.ts).
 */
import { parseAccelerator, type Accelerator } from './accelerator.ts';
import type { DisplayChoice, DisplayInfo } from './displays.ts';
import type { ConfigFile } from './start-options.ts';

/**
 * The exit shortcut of a kiosk whose config sets neither a shortcut nor a PIN: four keys at
 * once, which nobody presses by accident and which a touch screen cannot produce at all.
 */
export const DEFAULT_EXIT_SHORTCUT = 'CmdOrCtrl+Alt+Shift+Q';

export interface KioskPolicy {
  readonly display: DisplayChoice;
  /** Undefined when only the PIN ends the kiosk. */
  readonly exitShortcut?: Accelerator;
  readonly pin?: string;
}

export function resolveKioskPolicy(config: ConfigFile): KioskPolicy {
  const text =
    config.exitShortcut ?? (config.exitPin === undefined ? DEFAULT_EXIT_SHORTCUT : undefined);
  // The config schema has already checked the shortcut; a failed parse cannot happen here.
  const parsed = text === undefined ? undefined : parseAccelerator(text);
  return {
    display: config.display ?? 'primary',
    ...(parsed?.ok && { exitShortcut: parsed.accelerator }),
    ...(config.exitPin !== undefined && { pin: config.exitPin }),
  };
}

/** The log's record of a kiosk start: what runs where, from which file, and how it ends. */
export function describeKioskStart(start: {
  readonly version: string;
  readonly display: DisplayInfo;
  readonly configPath: string | undefined;
  readonly policy: KioskPolicy;
}): string {
  const { x, y, width, height } = start.display.bounds;
  const exits = [
    ...(start.policy.exitShortcut ? [`shortcut ${start.policy.exitShortcut.text}`] : []),
    ...(start.policy.pin === undefined ? [] : ['PIN']),
  ];
  return (
    `version ${start.version}, display ${start.display.id} (${width}×${height} at ${x},${y}), ` +
    `config ${start.configPath ?? '(none)'}, exit by ${exits.join(' or ')}`
  );
}
