import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers on these machines: the tests, the handout CLI
 * and the benchmarks use Debian's Chromium, or the browser named by CHROMIUM_PATH. Where
 * neither exists, Playwright's own is tried (executablePath undefined).
 */
export function chromiumExecutable(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** Flags that keep a headless Chromium off the network and able to run as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
