/**
 * Which key presses an unattended kiosk lets through to the page (`before-input-event`).
 *
 * Visitors need the deck's keys only (arrows, Space, Page Up/Down, Home/End, Tab, Enter,
 * digits), so the rule is broad rather than a list of known shortcuts: every key pressed
 * with Ctrl, Alt or Cmd and every function key is a shell command (reload, close, quit,
 * DevTools, zoom, print, view source, full screen, caret browsing…), and none reaches
 * Chromium. The one exception is the configured exit shortcut.
 */
import { matchesAccelerator, type Accelerator, type KeyInput } from './accelerator.ts';

export type KioskInputDecision = 'exit' | 'block' | 'allow';

/** Keys that are browser or system commands by themselves, without a modifier. */
const COMMAND_KEYS: ReadonlySet<string> = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserStop',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserHome',
  'ContextMenu',
  'Help',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Close',
  'New',
  'Open',
  'Print',
  'Save',
]);

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

export function kioskInputDecision(
  input: KeyInput,
  exitShortcut: Accelerator | undefined,
  platform: NodeJS.Platform,
): KioskInputDecision {
  if (exitShortcut && matchesAccelerator(exitShortcut, input, platform)) {
    // Quit on the press; the release of the same keys reaches no one.
    return input.type === 'keyDown' ? 'exit' : 'block';
  }
  if (input.control || input.alt || input.meta) return 'block';
  if (FUNCTION_KEY.test(input.key) || FUNCTION_KEY.test(input.code)) return 'block';
  if (COMMAND_KEYS.has(input.key)) return 'block';
  return 'allow';
}
