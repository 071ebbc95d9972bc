/**
 * What an unattended kiosk does when its page dies (renderer crash, or a hang that main
 * ends): reload it where it was. A page that keeps dying is not helped by reloading it
 * again, so the third death within a minute restarts the whole app, which also gets a
 * fresh GPU and network process.
 */

export const CRASH_WINDOW_MS = 60_000;
export const CRASHES_BEFORE_RELAUNCH = 3;

export interface CrashDecision {
  readonly action: 'reload' | 'relaunch';
  /** The crash times to remember for the next decision (ms, oldest first). */
  readonly recent: readonly number[];
}

export function crashDecision(recent: readonly number[], now: number): CrashDecision {
  const within = [...recent.filter((time) => now - time < CRASH_WINDOW_MS), now];
  return within.length >= CRASHES_BEFORE_RELAUNCH
    ? { action: 'relaunch', recent: [] }
    : { action: 'reload', recent: within };
}

/**
 * Exit status that asks a service manager to start the app again (EX_TEMPFAIL). Under
 * systemd, `app.relaunch()` does not work: the new process is in the unit's control group,
 * which systemd kills when the first process exits. A unit that sets
 * `BRIEFING_SUPERVISED=1` and `Restart=on-failure` gets this status instead, while an exit
 * by the operator (status 0) stays an exit.
 */
export const EXIT_FOR_RESTART = 75;

export type RestartMethod = 'relaunch' | 'exit-for-supervisor';

export function restartMethod(env: Readonly<Record<string, string | undefined>>): RestartMethod {
  return env['BRIEFING_SUPERVISED'] === '1' ? 'exit-for-supervisor' : 'relaunch';
}

/**
 * What `app.relaunch()` starts. From an AppImage, the running executable sits inside the
 * image's mount (/tmp/.mount_…), which is gone once this process exits, so the new process
 * would never start: start the AppImage file itself (`APPIMAGE`, set by its runtime) with
 * the same arguments. Elsewhere Electron's default, the same executable and arguments, is right.
 */
export function relaunchOptions(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
): { readonly execPath?: string; readonly args?: string[] } {
  const appImage = env['APPIMAGE'];
  if (appImage === undefined || appImage === '') return {};
  return { execPath: appImage, args: argv.slice(1) };
}

/**
 * The language a recovered kiosk page opens in: the one that was on screen when it belongs to
 * the rotation (so a tour in `fr,kk,en` that died during its Kazakh loop goes on in Kazakh),
 * else the start language (a visitor's own pick is temporary and would otherwise stick).
 */
export function recoveryLanguage<L extends string>(
  shown: L | undefined,
  rotation: readonly L[] | undefined,
  start: L,
): L {
  if (shown === undefined) return start;
  return (rotation ?? [start]).includes(shown) ? shown : start;
}
