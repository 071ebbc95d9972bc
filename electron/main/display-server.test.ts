import { describe, expect, it } from 'vitest';
import { waylandPlacementWarning } from './display-server.ts';

describe('waylandPlacementWarning', () => {
  it('warns on a native Wayland session that window placement is ignored', () => {
    const warning = waylandPlacementWarning({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' },
      ozonePlatform: '',
    });
    expect(warning).toMatch(/^Wayland session: .* --ozone-platform=x11/);
    expect(
      waylandPlacementWarning({
        platform: 'linux',
        env: { WAYLAND_DISPLAY: 'wayland-0' },
        ozonePlatform: 'wayland',
      }),
    ).toBeDefined();
  });

  it('is silent under XWayland, on X11 and off Linux', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
    expect(
      waylandPlacementWarning({ platform: 'linux', env: wayland, ozonePlatform: 'x11' }),
    ).toBeUndefined();
    expect(
      waylandPlacementWarning({
        platform: 'linux',
        env: { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' },
        ozonePlatform: '',
      }),
    ).toBeUndefined();
    expect(
      waylandPlacementWarning({ platform: 'win32', env: wayland, ozonePlatform: '' }),
    ).toBeUndefined();
  });
});
