/**
 * The kiosk settings that stay in main (the page never sees them): which display, and what
 * ends the kiosk. Read from the validated config file (start-options.ts).
 */
import { INVOKE_CHANNELS, type InvokeChannel } from '../../core/ipc-contract.ts';
import { parseAccelerator, type Accelerator } from './accelerator.ts';
import { describeDisplayChoice, type DisplayChoice, type DisplayInfo } from './displays.ts';
import type { ConfigFile } from './start-options.ts';

/**
 * The exit shortcut of a kiosk whose config sets neither a shortcut nor a PIN: four keys at
 * once, which nobody presses by accident and which a touch screen cannot produce at all.
 * Not Q on macOS: there ⌥⇧⌘Q is the system's "Log Out" and never reaches the app.
 */
export const DEFAULT_EXIT_SHORTCUT = 'CmdOrCtrl+Alt+Shift+Q';
export const DEFAULT_EXIT_SHORTCUT_MACOS = 'CmdOrCtrl+Alt+Shift+K';

export function defaultExitShortcut(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? DEFAULT_EXIT_SHORTCUT_MACOS : DEFAULT_EXIT_SHORTCUT;
}

export interface KioskPolicy {
  readonly display: DisplayChoice;
  /** Undefined when only the PIN ends the kiosk. */
  readonly exitShortcut?: Accelerator;
  readonly pin?: string;
}

export function resolveKioskPolicy(config: ConfigFile, platform: NodeJS.Platform): KioskPolicy {
  const text =
    config.exitShortcut ??
    (config.exitPin === undefined ? defaultExitShortcut(platform) : undefined);
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
  const label = start.display.label ? ` "${start.display.label}"` : '';
  return (
    `version ${start.version}, display ${start.display.id}${label} (${width}×${height} at ${x},${y}; ` +
    `asked for ${describeDisplayChoice(start.policy.display)}), ` +
    `config ${start.configPath ?? '(none)'}, exit by ${exits.join(' or ')}`
  );
}

/**
 * The IPC a kiosk page needs: where the deck is (so a crash recovers there) and the PIN exit.
 * Everything else is refused in main, whatever the page asks: a save dialog or leaving full
 * screen is a way out of a kiosk, and a visitor's language choice must not become the next
 * start's language.
 */
export const KIOSK_CHANNELS: ReadonlySet<InvokeChannel> = new Set([
  INVOKE_CHANNELS.getSettings,
  INVOKE_CHANNELS.deckGo,
  INVOKE_CHANNELS.deckGetPosition,
  INVOKE_CHANNELS.kioskExit,
]);
