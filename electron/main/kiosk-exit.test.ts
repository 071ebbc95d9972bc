import { describe, expect, it } from 'vitest';
import {
  FIRST_LOCK_MS,
  FREE_PIN_FAILURES,
  MAX_LOCK_MS,
  NO_ATTEMPTS,
  checkExitPin,
  lockAfter,
  type PinAttempts,
} from './kiosk-exit.ts';

describe('checkExitPin', () => {
  it('ends the kiosk with the configured PIN and forgets earlier mistakes', () => {
    const wrong = checkExitPin({ pin: '2468', attempt: '1357', attempts: NO_ATTEMPTS, now: 0 });
    expect(wrong.result).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(wrong.attempts.failures).toBe(1);
    expect(wrong.logLine).toBe('wrong-pin: failure 1 in a row');
    const right = checkExitPin({ pin: '2468', attempt: '2468', attempts: wrong.attempts, now: 5 });
    expect(right).toEqual({ result: { ok: true }, attempts: NO_ATTEMPTS });
  });

  it.each(['246', '24680', '', '2468 ', '０２４６８'])('refuses %j for PIN 2468', (attempt) => {
    expect(checkExitPin({ pin: '2468', attempt, attempts: NO_ATTEMPTS, now: 0 }).result).toEqual({
      ok: false,
      reason: 'wrong-pin',
    });
  });

  it('refuses every PIN when the kiosk has none (shortcut only)', () => {
    expect(
      checkExitPin({ pin: undefined, attempt: '0000', attempts: NO_ATTEMPTS, now: 0 }).result,
    ).toEqual({ ok: false, reason: 'no-pin' });
  });

  it('locks after the free mistakes, even the right PIN, and lets go when the lock ends', () => {
    let attempts: PinAttempts = NO_ATTEMPTS;
    for (let n = 1; n <= FREE_PIN_FAILURES; n += 1) {
      const checked = checkExitPin({ pin: '2468', attempt: '0000', attempts, now: n });
      expect(checked.result).toEqual({ ok: false, reason: 'wrong-pin' });
      attempts = checked.attempts;
    }
    const locked = checkExitPin({ pin: '2468', attempt: '2468', attempts, now: 10_000 });
    expect(locked.result).toEqual({ ok: false, reason: 'locked' });
    expect(locked.logLine).toMatch(/^locked: attempt refused unchecked, \d+ s of the lock left$/);
    const later = checkExitPin({
      pin: '2468',
      attempt: '2468',
      attempts: locked.attempts,
      now: FREE_PIN_FAILURES + FIRST_LOCK_MS,
    });
    expect(later.result).toEqual({ ok: true });
  });

  it('doubles the lock with each further mistake, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 50].map(lockAfter)).toEqual([
      0,
      0,
      FIRST_LOCK_MS,
      2 * FIRST_LOCK_MS,
      4 * FIRST_LOCK_MS,
      8 * FIRST_LOCK_MS,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
      MAX_LOCK_MS,
    ]);
  });

  it('makes guessing a four-digit PIN take months, not the day and a half of five a minute', () => {
    // A guesser who tries again the moment each lock ends, for half of the 10,000 PINs.
    let attempts: PinAttempts = NO_ATTEMPTS;
    let now = 0;
    for (let guess = 0; guess < 5000; guess += 1) {
      now = Math.max(now, attempts.lockedUntil);
      attempts = checkExitPin({ pin: '9999', attempt: String(guess), attempts, now }).attempts;
    }
    const days = now / 86_400_000;
    expect(days).toBeGreaterThan(200);
  });
});
