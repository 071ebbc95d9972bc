import { expect, test } from '@playwright/test';
import { currentSlide, waitForDeckReady, watchPage } from './helpers.ts';

test.describe('kiosk mode in a browser', () => {
  test('auto-advances, loops and rotates the language each loop', async ({ page }) => {
    test.setTimeout(60_000);
    const watch = watchPage(page);
    await page.goto('/?mode=kiosk&dwell=0.5&langs=fr,kk');
    await waitForDeckReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline', {
      timeout: 5_000,
    });
    // 13 slides at half a second: back to the title, now in Kazakh.
    await page.waitForFunction(
      () =>
        document.documentElement.lang === 'kk' &&
        document.querySelector('[aria-current="true"]')?.getAttribute('data-slide-id') === 'title',
      null,
      { timeout: 15_000, polling: 'raf' },
    );
    expect(watch.errors).toEqual([]);
  });

  test('input pauses it; browsing controls appear; idle returns to the start', async ({ page }) => {
    await page.goto('/?mode=kiosk&dwell=1&idle=2&langs=en,fr');
    await waitForDeckReady(page);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline', {
      timeout: 5_000,
    });
    await page.mouse.click(640, 360);
    const kiosk = page.locator('[data-kiosk-state]');
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'paused');
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade-share');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const box = await page.getByRole('button', { name: 'Diapositive suivante' }).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // Paused: it stays put for longer than a dwell…
    await page.waitForTimeout(1_200);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade-share');
    // …and after 2 s without input it is back at the start, in the first language, running.
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'running', { timeout: 5_000 });
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', /title|timeline/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('presenter console drives the audience window', () => {
  test('both directions stay in step, and the notes language can differ', async ({ context }) => {
    const audience = await context.newPage();
    await audience.goto('/?lang=fr&mode=present#/title');
    await waitForDeckReady(audience);
    const presenter = await context.newPage();
    await presenter.goto('/?lang=fr&mode=presenter#/title');
    await waitForDeckReady(presenter);

    await presenter.keyboard.press('ArrowRight');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'timeline');
    await presenter.getByRole('button', { name: /^5\. / }).click();
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'investment');

    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'visits',
    );

    const notes = presenter.getByTestId('notes');
    await expect(notes).toHaveAttribute('lang', 'fr');
    await presenter.getByLabel('Langue des notes').selectOption('kk');
    await expect(notes).toHaveAttribute('lang', 'kk');
    await expect(notes).toContainText(/[әғқңөұүі]/);
    await expect(audience.locator('html')).toHaveAttribute('lang', 'fr');

    // A reloaded audience window catches up instead of dragging the presenter back.
    await audience.reload();
    await waitForDeckReady(audience);
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'visits');
    await expect(presenter.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'visits',
    );
  });
});
