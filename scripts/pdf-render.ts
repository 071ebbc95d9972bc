import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Paper, PrintLayout } from '../core/modes.ts';
import { OUTLINE_SELECTOR, parseOutline } from '../core/pdf-outline.ts';
import { briefingMetadata, finishPdfCounted } from './pdf-metadata.ts';

export interface RenderOptions {
  /** Where to write the PDF (the caller renames it into place). */
  readonly path: string;
  readonly layout: PrintLayout;
  readonly paper: Paper;
  /** Milliseconds to wait for the deck to draw. */
  readonly timeout?: number;
}

/** The part of the page's DOM that deckReady uses; scripts/ is type-checked without the DOM. */
interface PageDom {
  readonly document: { readonly documentElement: HTMLish };
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: HTMLish, options: { attributeFilter: string[] }): void;
    disconnect(): void;
  };
}
interface HTMLish {
  readonly dataset: { readonly deckReady?: string };
}

/**
 * Resolves as soon as the page sets data-deck-ready="true", seen by an observer in the page:
 * a polling locator would notice it up to half a second late, on every export.
 */
async function deckReady(page: Page, timeoutMs: number): Promise<void> {
  const ready = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const { document, MutationObserver } = globalThis as unknown as PageDom;
        const html = document.documentElement;
        if (html.dataset.deckReady === 'true') return resolve(true);
        const observer = new MutationObserver(() => {
          if (html.dataset.deckReady !== 'true') return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, ms);
        observer.observe(html, { attributeFilter: ['data-deck-ready'] });
      }),
    timeoutMs,
  );
  if (!ready) throw new Error(`the deck was not drawn within ${timeoutMs / 1000} s`);
}

/**
 * Prints one print-mode URL of the renderer to PDF: waits for data-deck-ready (fonts loaded,
 * every chart drawn without animation), then prints with the page's own @page size, tagged
 * and with an outline, then writes the properties, language and bookmarks (finishPdfCounted).
 * Returns the page count.
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
    await deckReady(page, options.timeout ?? 60_000);
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    const printed = {
      language: (await page.locator('html').getAttribute('lang')) ?? '',
      heading: (await page.locator('h1').first().textContent()) ?? (await page.title()),
      layout: options.layout,
      outline: parseOutline(await page.locator(OUTLINE_SELECTOR).textContent()),
    };
    const pdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
    const finished = await finishPdfCounted(pdf, briefingMetadata(printed));
    writeFileSync(options.path, finished.pdf);
    return finished.pages;
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
