// Type-checked with tsconfig.e2e.json (Node and DOM), as the benchmarks that use it.
import type { Page } from 'playwright-core';

/**
 * The page as it is rendered now, as static HTML without its scripts: the benchmarks' floors
 * (the static copy, and react-floor.ts's starting point) are made from it.
 */
export async function withoutScripts(page: Page): Promise<string> {
  return (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}
