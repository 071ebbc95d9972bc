/**
 * Leaving the kiosk with its PIN (`kiosk:exit`). The PIN lives in main only (the config
 * file); the page sends what was typed and learns nothing but the outcome.
 *
 * Wrong attempts lock the dialog for a time that doubles with each further mistake: a flat
 * "five a minute" lets a visitor with patience (or a script on a touch screen) walk the
 * 10,000 four-digit PINs in about a day and a half. Here the first three mistakes are free,
 * then the lock runs 1, 2, 4 … minutes up to an hour, so finding a four-digit PIN takes
 * months. Only the right PIN clears the count.
 */
import type { KioskExitResult } from '../../core/ipc-contract.ts';

export const FREE_PIN_FAILURES = 3;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;

export interface PinAttempts {
  /** Wrong PINs since the last right one. */
  readonly failures: number;
  /** Until when (ms) every attempt is refused. */
  readonly lockedUntil: number;
}

export const NO_ATTEMPTS: PinAttempts = { failures: 0, lockedUntil: 0 };

/** How long the dialog stays locked after this many wrong PINs in a row. */
export function lockAfter(failures: number): number {
  if (failures < FREE_PIN_FAILURES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_PIN_FAILURES), MAX_LOCK_MS);
}

/** Compares in time that does not depend on where the strings differ. */
function samePin(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let index = 0; index < expected.length; index += 1) {
    difference |= expected.charCodeAt(index) ^ (given.charCodeAt(index) || 0);
  }
  return difference === 0;
}

export interface PinCheck {
  readonly result: KioskExitResult;
  readonly attempts: PinAttempts;
  /** For the kiosk log: what this attempt did to the count and the lock. */
  readonly logLine?: string;
}

export function checkExitPin(input: {
  /** The configured PIN; undefined when the kiosk has none (exit by shortcut only). */
  readonly pin: string | undefined;
  readonly attempt: string;
  readonly attempts: PinAttempts;
  readonly now: number;
}): PinCheck {
  const { pin, attempt, attempts, now } = input;
  if (pin === undefined) return { result: { ok: false, reason: 'no-pin' }, attempts };
  if (now < attempts.lockedUntil) {
    const seconds = Math.ceil((attempts.lockedUntil - now) / 1000);
    return {
      result: { ok: false, reason: 'locked' },
      attempts,
      logLine: `locked: attempt refused unchecked, ${seconds} s of the lock left`,
    };
  }
  if (samePin(pin, attempt)) return { result: { ok: true }, attempts: NO_ATTEMPTS };
  const failures = attempts.failures + 1;
  const lockMs = lockAfter(failures);
  return {
    result: { ok: false, reason: 'wrong-pin' },
    attempts: { failures, lockedUntil: now + lockMs },
    logLine:
      `wrong-pin: failure ${failures} in a row` +
      (lockMs > 0 ? `, locked for ${lockMs / 60_000} min` : ''),
  };
}
