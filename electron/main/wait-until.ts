/**
 * Polls `check` until it is true or `timeoutMs` has passed. Resolves to whether it became
 * true; an error thrown by `check` (e.g. the page crashed) rejects at once.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  options: { readonly timeoutMs: number; readonly intervalMs: number },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
