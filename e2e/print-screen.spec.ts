import { expect, test } from '@playwright/test';
import { openDeck } from './helpers.ts';

test.describe('print mode on screen', () => {
  test('slide pages fit a 1366-pixel window, with a print bar that does not print', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDeck(page, '/?lang=fr&mode=print');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1366);
    const first = page.locator('.print-page').first();
    const box = await first.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    const bar = page.getByRole('region', { name: 'Imprimer ou enregistrer en PDF' });
    await expect(bar).toBeVisible();
    await expect(bar).toContainText('Cette page est mise en page pour le papier.');
    await expect(bar.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeVisible();
    // The bar stays in view while reading.
    await page.mouse.wheel(0, 3000);
    await expect(bar).toBeInViewport();

    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
    expect((await first.boundingBox())?.width).toBe(1920);
  });

  test('the button opens the browser’s print dialog', async ({ page }) => {
    await openDeck(page, '/?lang=kk&mode=print&layout=handout');
    await page.evaluate(() => {
      (window as Window & { printed?: number }).printed = 0;
      window.print = () => {
        (window as Window & { printed?: number }).printed = 1;
      };
    });
    await page.getByRole('button', { name: 'Басып шығару немесе PDF ретінде сақтау' }).click();
    expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
  });
});
