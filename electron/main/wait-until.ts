/**
 * Waiting on a renderer that may hang: a step such as `executeJavaScript` or `printToPDF`
 * never settles when the page's renderer hangs or dies, so every step is raced against the
 * time left rather than checked against the deadline after it returns.
 */

/** Settles like `step`, or rejects with `onTimeout()` once `deadline` (epoch ms) has passed. */
export function beforeDeadline<T>(
  step: Promise<T>,
  deadline: number,
  onTimeout: () => Error,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([step, late]).finally(() => clearTimeout(timer));
}

class Overdue extends Error {}

/**
 * Polls `check` until it is true or `timeoutMs` has passed, a check that never answers
 * included. Resolves to whether it became true; an error thrown by `check` (e.g. the page
 * crashed) rejects at once.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  options: { readonly timeoutMs: number; readonly intervalMs: number },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    try {
      if (await beforeDeadline(check(), deadline, () => new Overdue())) return true;
    } catch (error) {
      if (error instanceof Overdue) return false;
      throw error;
    }
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
