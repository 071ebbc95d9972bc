import { expect, test } from '@playwright/test';
import { openDeck, watchPage } from './helpers.ts';

// What the app does at launch beside drawing its first view (renderer/i18n/intl-warm-up.ts).
test('ICU is warmed up in a worker that starts at launch and ends by itself', async ({ page }) => {
  const watch = watchPage(page);
  const started: string[] = [];
  const ended: string[] = [];
  page.on('worker', (worker) => {
    const path = new URL(worker.url()).pathname;
    started.push(path);
    worker.on('close', () => ended.push(path));
  });
  await openDeck(page, '/?lang=kk#/title');
  await expect.poll(() => started).toEqual(['/assets/intl-warm-up.js']);
  await expect.poll(() => ended).toEqual(['/assets/intl-warm-up.js']);
  // Kazakh dates still come out right (the fallback's probe runs in the page, once).
  await expect(page.locator('[data-slide-id="title"]')).toContainText('2024 жылғы 3–4 шілде');
  expect(watch.errors).toEqual([]);
});
