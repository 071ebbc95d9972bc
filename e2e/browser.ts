import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers on these machines: use Debian's Chromium, or
 * the browser named by CHROMIUM_PATH. Where neither exists, Playwright's own is tried.
 */
export function chromiumExecutable(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** Flags that keep a headless Chromium from reaching the network or needing a sandbox as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
