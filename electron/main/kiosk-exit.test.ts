import { describe, expect, it } from 'vitest';
import { MAX_PIN_FAILURES, NO_ATTEMPTS, PIN_LOCK_MS, checkExitPin } from './kiosk-exit.ts';

describe('checkExitPin', () => {
  it('ends the kiosk with the configured PIN and forgets earlier mistakes', () => {
    const wrong = checkExitPin({ pin: '2468', attempt: '1357', attempts: NO_ATTEMPTS, now: 0 });
    expect(wrong.result).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(wrong.attempts.failures).toEqual([0]);
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

  it(`locks after ${MAX_PIN_FAILURES} wrong PINs in a minute, even the right one, then lets go`, () => {
    let attempts = NO_ATTEMPTS;
    for (let second = 0; second < MAX_PIN_FAILURES; second += 1) {
      const checked = checkExitPin({ pin: '2468', attempt: '0000', attempts, now: second * 1000 });
      expect(checked.result).toEqual({ ok: false, reason: 'wrong-pin' });
      attempts = checked.attempts;
    }
    const locked = checkExitPin({ pin: '2468', attempt: '2468', attempts, now: 10_000 });
    expect(locked.result).toEqual({ ok: false, reason: 'locked' });
    // The lock lifts once the first failure is a minute old.
    const later = checkExitPin({
      pin: '2468',
      attempt: '2468',
      attempts: locked.attempts,
      now: PIN_LOCK_MS + 1,
    });
    expect(later.result).toEqual({ ok: true });
  });
});
