/**
 * Where the app can place its windows. On a Wayland session Electron (38 and later) runs as a
 * native Wayland client, and Wayland lets no client choose its window's position or output:
 * the kiosk's `display` setting and the audience window on the projector are then ignored.
 * Under XWayland (`--ozone-platform=x11`, which the packaged Linux launchers pass) placement
 * works as on X11. The switch must be on the command line: Chromium picks its platform
 * before the app's code runs.
 */

export function waylandPlacementWarning(input: {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The value of `--ozone-platform`, if the app was started with it. */
  readonly ozonePlatform: string;
}): string | undefined {
  if (input.platform !== 'linux') return undefined;
  const wayland =
    input.env['XDG_SESSION_TYPE'] === 'wayland' || (input.env['WAYLAND_DISPLAY'] ?? '') !== '';
  if (!wayland || input.ozonePlatform === 'x11') return undefined;
  return (
    'Wayland session: the app cannot choose the display its windows open on, so the kiosk ' +
    "display setting and the presenter view's projector placement are ignored; start the " +
    'app with --ozone-platform=x11 (the packaged launchers do) to place windows'
  );
}
