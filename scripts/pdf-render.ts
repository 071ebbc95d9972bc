import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Paper, PrintLayout } from '../renderer/deck/modes.ts';
import { countPages, withInfo } from './pdf-metadata.ts';

export interface RenderOptions {
  /** Where to write the PDF (the caller renames it into place). */
  readonly path: string;
  readonly layout: PrintLayout;
  readonly paper: Paper;
  /** Milliseconds to wait for the deck to draw. */
  readonly timeout?: number;
}

/**
 * Prints one print-mode URL of the renderer to PDF: waits for data-deck-ready (fonts loaded,
 * every chart drawn without animation), then prints with the page's own @page size, tagged
 * and with an outline (bookmarks from the slide headings). Returns the page count.
 */
export async function renderPdf(
  browser: Browser,
  url: string,
  options: RenderOptions,
): Promise<number> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    // Locators, not evaluated code: the page's CSP forbids eval, and this runs in Node.
    await page
      .locator('html[data-deck-ready="true"]')
      .waitFor({ state: 'attached', timeout: options.timeout ?? 60_000 });
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    const meta = {
      lang: (await page.locator('html').getAttribute('lang')) ?? '',
      heading: (await page.locator('h1').first().textContent()) ?? (await page.title()),
    };
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
    const finished = withInfo(pdf, {
      Title: meta.heading,
      Author: 'China–Kazakhstan briefing team',
      Subject: `${options.layout === 'handout' ? 'Handout' : 'Slides'} (${meta.lang})`,
      Keywords: `lang:${meta.lang}; China; Kazakhstan; SCO`,
      Creator: 'china-kazakhstan-briefing',
    });
    writeFileSync(options.path, finished);
    return countPages(finished);
  } finally {
    await page.close();
  }
}

/**
 * Runs `work` over `items`, at most `limit` at a time, in order of start. Each language's
 * page has its own renderer process, so on a multi-core machine several exports overlap.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
