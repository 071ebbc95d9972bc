/**
 * Leaving the kiosk with its PIN (`kiosk:exit`). The PIN lives in main only (the config
 * file); the page sends what was typed and learns nothing but the outcome. Wrong attempts
 * are throttled so that a visitor cannot try the 10,000 four-digit PINs by hand.
 */
import type { KioskExitResult } from '../ipc/contract.ts';

/** Wrong PINs allowed within {@link PIN_LOCK_MS} before further attempts are refused. */
export const MAX_PIN_FAILURES = 5;
export const PIN_LOCK_MS = 60_000;

export interface PinAttempts {
  /** Times (ms) of the recent wrong attempts, oldest first. */
  readonly failures: readonly number[];
}

export const NO_ATTEMPTS: PinAttempts = { failures: [] };

/** Compares in time that does not depend on where the strings differ. */
function samePin(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let index = 0; index < expected.length; index += 1) {
    difference |= expected.charCodeAt(index) ^ (given.charCodeAt(index) || 0);
  }
  return difference === 0;
}

export function checkExitPin(input: {
  /** The configured PIN; undefined when the kiosk has none (exit by shortcut only). */
  readonly pin: string | undefined;
  readonly attempt: string;
  readonly attempts: PinAttempts;
  readonly now: number;
}): { readonly result: KioskExitResult; readonly attempts: PinAttempts } {
  const { pin, attempt, now } = input;
  if (pin === undefined)
    return { result: { ok: false, reason: 'no-pin' }, attempts: input.attempts };
  const recent = input.attempts.failures.filter((time) => now - time < PIN_LOCK_MS);
  if (recent.length >= MAX_PIN_FAILURES) {
    return { result: { ok: false, reason: 'locked' }, attempts: { failures: recent } };
  }
  if (samePin(pin, attempt)) return { result: { ok: true }, attempts: NO_ATTEMPTS };
  return { result: { ok: false, reason: 'wrong-pin' }, attempts: { failures: [...recent, now] } };
}
