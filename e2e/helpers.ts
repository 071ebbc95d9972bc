import { expect, type Page } from '@playwright/test';

/** Opens the built renderer and waits until fonts are loaded and every chart has drawn. */
export async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForDeckReady(page);
}

export async function waitForDeckReady(page: Page): Promise<void> {
  // Generous: CI machines have two cores, shared with the PDF and kiosk suites.
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', {
    timeout: 30_000,
  });
}

export function currentSlide(page: Page) {
  return page.locator('[data-slide-id][aria-current="true"]');
}

/**
 * Collects console errors, page errors and any request that leaves the machine, so a test can
 * assert the renderer stays offline and clean.
 */
export function watchPage(page: Page): { errors: string[]; offsite: string[] } {
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
    if (!local && !['file:', 'data:', 'blob:'].includes(url.protocol)) offsite.push(request.url());
  });
  return { errors, offsite };
}

/**
 * Text that leaves its slide or is clipped by its own box, one line per problem (run in the
 * page: `slides.evaluateAll(textOutsideSlides)`). Self-contained, as Playwright sends its
 * source to the page.
 */
export function textOutsideSlides(slides: Element[]): string[] {
  return slides.flatMap((slide) => {
    const box = slide.getBoundingClientRect();
    const id = slide.getAttribute('data-slide-id');
    const title = slide.querySelector('h1, h2')?.textContent?.trim() ?? '';
    const out: string[] = title === '' ? [`${id}: no title`] : [];
    for (const el of slide.querySelectorAll<HTMLElement>(
      'h1, h2, h3, p, li, blockquote, figcaption, dt, dd, text, tspan',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const outside =
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1;
      const clipped =
        el instanceof HTMLElement &&
        getComputedStyle(el).overflow !== 'visible' &&
        (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      if (outside || clipped) out.push(`${id}: "${(el.textContent ?? '').slice(0, 50)}"`);
    }
    return out;
  });
}
