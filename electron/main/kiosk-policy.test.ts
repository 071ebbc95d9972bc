import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXIT_SHORTCUT,
  DEFAULT_EXIT_SHORTCUT_MACOS,
  describeKioskStart,
  resolveKioskPolicy,
} from './kiosk-policy.ts';

describe('resolveKioskPolicy', () => {
  it('defaults to the primary display and the default exit shortcut', () => {
    const policy = resolveKioskPolicy({}, 'linux');
    expect(policy.display).toBe('primary');
    expect(policy.exitShortcut?.text).toBe(DEFAULT_EXIT_SHORTCUT);
    expect(policy.pin).toBeUndefined();
  });

  it('keeps a configured display, shortcut and PIN', () => {
    const policy = resolveKioskPolicy(
      {
        display: 1,
        exitShortcut: 'Ctrl+Alt+F10',
        exitPin: '2468',
      },
      'linux',
    );
    expect(policy).toMatchObject({ display: 1, pin: '2468' });
    expect(policy.exitShortcut?.codes).toEqual(['F10']);
  });

  it('does not default to ⌥⇧⌘Q on macOS, where it logs the user out', () => {
    expect(resolveKioskPolicy({}, 'darwin').exitShortcut?.text).toBe(DEFAULT_EXIT_SHORTCUT_MACOS);
    expect(resolveKioskPolicy({}, 'darwin').exitShortcut?.codes).not.toContain('KeyQ');
    expect(resolveKioskPolicy({}, 'win32').exitShortcut?.text).toBe(DEFAULT_EXIT_SHORTCUT);
  });

  it('has no shortcut when only a PIN is configured', () => {
    const policy = resolveKioskPolicy({ display: 'largest', exitPin: '12345678' }, 'darwin');
    expect(policy).toEqual({ display: 'largest', pin: '12345678' });
  });
});

describe('describeKioskStart', () => {
  const display = {
    id: 7,
    label: 'EPSON PJ',
    bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
    workArea: { x: 1440, y: 0, width: 1920, height: 1040 },
  };

  it('names the version, the display, the config file and the ways out', () => {
    expect(
      describeKioskStart({
        version: '0.1.0',
        display,
        configPath: '/etc/briefing/kiosk.json',
        policy: resolveKioskPolicy(
          { exitShortcut: 'Ctrl+Alt+F10', exitPin: '2468', display: { label: 'EPSON PJ' } },
          'linux',
        ),
      }),
    ).toBe(
      'version 0.1.0, display 7 "EPSON PJ" (1920×1080 at 1440,0; asked for label "EPSON PJ"), ' +
        'config /etc/briefing/kiosk.json, ' +
        'exit by shortcut Ctrl+Alt+F10 or PIN',
    );
    expect(
      describeKioskStart({
        version: '0.1.0',
        display,
        configPath: undefined,
        policy: resolveKioskPolicy({}, 'linux'),
      }),
    ).toMatch(/config \(none\), exit by shortcut CmdOrCtrl\+Alt\+Shift\+Q$/);
  });
});
