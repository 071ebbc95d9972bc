import { shellApi } from '../platform/bridge.ts';

/** Full screen through the desktop shell when present, else the browser's Fullscreen API. */
export async function toggleFullScreen(): Promise<boolean> {
  const shell = shellApi();
  if (shell) {
    await shell.toggleFullScreen();
    return true;
  }
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
    return true;
  } catch {
    // Refused (no user gesture, kiosk browser policy, iframe): the caller shows a notice.
    return false;
  }
}
