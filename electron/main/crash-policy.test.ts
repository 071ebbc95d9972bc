import { describe, expect, it } from 'vitest';
import {
  CRASH_WINDOW_MS,
  crashDecision,
  recoveryLanguage,
  relaunchOptions,
  restartMethod,
} from './crash-policy.ts';

describe('crashDecision', () => {
  it('reloads after a first and a second crash', () => {
    const first = crashDecision([], 1_000);
    expect(first).toEqual({ action: 'reload', recent: [1_000] });
    expect(crashDecision(first.recent, 20_000)).toEqual({
      action: 'reload',
      recent: [1_000, 20_000],
    });
  });

  it('relaunches the app on the third crash within a minute, and starts counting afresh', () => {
    expect(crashDecision([1_000, 20_000], 40_000)).toEqual({ action: 'relaunch', recent: [] });
  });

  it('forgets crashes older than a minute', () => {
    const decision = crashDecision([0, 30_000], CRASH_WINDOW_MS + 1);
    expect(decision).toEqual({ action: 'reload', recent: [30_000, CRASH_WINDOW_MS + 1] });
    // Three crashes spread over more than a minute never relaunch.
    let recent: readonly number[] = [];
    for (const time of [0, 40_000, 80_000, 120_000, 160_000]) {
      const next = crashDecision(recent, time);
      expect(next.action).toBe('reload');
      recent = next.recent;
    }
  });
});

describe('restartMethod', () => {
  it('relaunches itself unless a service manager supervises it', () => {
    expect(restartMethod({})).toBe('relaunch');
    expect(restartMethod({ BRIEFING_SUPERVISED: '0', INVOCATION_ID: 'abc' })).toBe('relaunch');
    expect(restartMethod({ BRIEFING_SUPERVISED: '1' })).toBe('exit-for-supervisor');
  });
});

describe('relaunchOptions', () => {
  it('restarts an AppImage from its file, not from its vanishing mount, with the same arguments', () => {
    expect(
      relaunchOptions({ APPIMAGE: '/home/kiosk/Briefing.AppImage' }, [
        '/tmp/.mount_BriefXYZ/china-kazakhstan-briefing',
        '--kiosk',
        '--config',
        '/etc/briefing/kiosk.json',
      ]),
    ).toEqual({
      execPath: '/home/kiosk/Briefing.AppImage',
      args: ['--kiosk', '--config', '/etc/briefing/kiosk.json'],
    });
  });

  it("leaves Electron's default elsewhere", () => {
    expect(relaunchOptions({}, ['/usr/bin/china-kazakhstan-briefing', '--kiosk'])).toEqual({});
    expect(relaunchOptions({ APPIMAGE: '' }, ['/x'])).toEqual({});
  });
});

describe('recoveryLanguage', () => {
  it('goes on in the language of the loop that was on screen', () => {
    expect(recoveryLanguage('kk', ['fr', 'kk', 'en'], 'fr')).toBe('kk');
  });

  it("falls back to the start language for a visitor's own pick or an unknown one", () => {
    expect(recoveryLanguage('kk', undefined, 'fr')).toBe('fr');
    expect(recoveryLanguage('en', ['fr', 'kk'], 'fr')).toBe('fr');
    expect(recoveryLanguage(undefined, ['fr', 'kk'], 'kk')).toBe('kk');
  });
});
