/** What main does to a deck window on the user's behalf: a menu command, full screen. */
import type { BrowserWindow } from 'electron';
import { EVENT_CHANNELS, type ShellCommand } from '../../core/ipc-contract.ts';

/** Sends a menu command to a window's deck, if the window is still there. */
export function sendCommand(window: BrowserWindow | null | undefined, command: ShellCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS.command, command);
}

/** Full screen on or off; a kiosk stays as it is. */
export function toggleFullScreen(window: BrowserWindow | null | undefined): void {
  if (window && !window.isDestroyed() && !window.isKiosk()) {
    window.setFullScreen(!window.isFullScreen());
  }
}
