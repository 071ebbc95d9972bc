import { expect, test } from '@playwright/test';
import { SLIDE_IDS } from '../core/ids.ts';
import { currentSlide, openDeck, waitForDeckReady, watchPage } from './helpers.ts';

const SLIDE_COUNT = SLIDE_IDS.length;

test.describe('present mode: URL, DOM and keyboard contracts', () => {
  test('opens on the title slide, offline and without errors, in every language', async ({
    page,
  }) => {
    const watch = watchPage(page);
    for (const lang of ['en', 'fr', 'kk']) {
      await openDeck(page, `/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
      await expect(currentSlide(page).locator('h1')).not.toBeEmpty();
    }
    const titles = [];
    for (const lang of ['en', 'fr', 'kk']) {
      await openDeck(page, `/?lang=${lang}`);
      titles.push(await currentSlide(page).locator('h1').innerText());
    }
    expect(new Set(titles).size).toBe(3);
    expect(titles[2]).toMatch(/[ҚқӘәҰұҮүІі]/);
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });

  test('deep links open the named slide; unknown ids open the first', async ({ page }) => {
    await openDeck(page, '/?lang=en#/trade');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await openDeck(page, '/?lang=en#/no-such-slide');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
  });

  test('unknown language and mode fall back to the defaults without a crash', async ({ page }) => {
    const watch = watchPage(page);
    await openDeck(page, '/?lang=de&mode=party&layout=poster');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    expect(['en', 'fr', 'kk']).toContain(await page.locator('html').getAttribute('lang'));
    expect(watch.errors).toEqual([]);
  });

  test('keyboard: next, previous, first, last and jump to a number', async ({ page }) => {
    await openDeck(page, '/?lang=en');
    const id = () => currentSlide(page).getAttribute('data-slide-id');
    await page.keyboard.press('ArrowRight');
    expect(await id()).toBe('timeline');
    await page.keyboard.press('Space');
    expect(await id()).toBe('trade');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowDown');
    expect(await id()).toBe('investment');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowUp');
    expect(await id()).toBe('timeline');
    await page.keyboard.press('End');
    expect(await id()).toBe('sources');
    await page.keyboard.press('Home');
    expect(await id()).toBe('title');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByRole('status').filter({ hasText: '11' })).toBeVisible();
    await page.keyboard.press('Enter');
    expect(await id()).toBe('quote');
    await expect(page).toHaveURL(/#\/quote$/);
  });

  test('the URL hash follows the deck and the deck follows the hash', async ({ page }) => {
    await openDeck(page, '/?lang=fr');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?lang=fr#\/timeline$/);
    await page.evaluate(() => (window.location.hash = '#/visits'));
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'visits');
  });

  test('overview with O and Escape shows every slide and opens one', async ({ page }) => {
    await openDeck(page, '/?lang=kk#/trade');
    await page.keyboard.press('o');
    await expect(page.locator('[data-slide-id]')).toHaveCount(SLIDE_COUNT);
    await waitForDeckReady(page);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-slide-id]')).toHaveCount(1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^5-слайдты ашу/ }).click();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'investment');
  });

  test('? opens the help overlay in the current language; Escape closes it', async ({ page }) => {
    await openDeck(page, '/?lang=fr');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Diapositive suivante');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('slide changes are announced to screen readers', async ({ page }) => {
    await openDeck(page, '/?lang=en');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[aria-live="polite"]')).toContainText(`Slide 2 of ${SLIDE_COUNT}`);
  });

  test('taps and swipes turn pages', async ({ page }) => {
    await openDeck(page, '/?lang=en');
    await page.mouse.click(1000, 300);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline');
    await page.mouse.click(100, 300);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    await page.mouse.move(900, 400);
    await page.mouse.down();
    await page.mouse.move(500, 410, { steps: 5 });
    await page.mouse.up();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline');
    await page.mouse.move(300, 400);
    await page.mouse.down();
    await page.mouse.move(800, 390, { steps: 5 });
    await page.mouse.up();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
  });

  test('the language switcher changes <html lang> and the URL, and is remembered', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en#/trade');
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page).toHaveURL(/lang=kk#\/trade$/);
    await waitForDeckReady(page);
    await page.goto('/');
    await waitForDeckReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  });

  test('progress bar and counter follow the slide', async ({ page }) => {
    await openDeck(page, '/?lang=en#/investment');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '5');
    await expect(page.getByTestId('counter')).toHaveText(`5 / ${SLIDE_COUNT}`);
  });
});

test.describe("the stage of the window's design scales to any window without reflowing", () => {
  // A window taller than wide shows the 1080×1920 portrait design, filling it; others the
  // 1920×1080 landscape one, letterboxed.
  for (const [width, height] of [
    [1280, 720],
    [3840, 2160],
    [1080, 1920],
  ] as const) {
    test(`${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openDeck(page, '/?lang=fr#/trade');
      const box = await currentSlide(page).boundingBox();
      expect(box).not.toBeNull();
      const portrait = height > width;
      const stage = portrait ? { w: 1080, h: 1920 } : { w: 1920, h: 1080 };
      const scale = Math.min(width / stage.w, height / stage.h);
      expect(box?.width).toBeCloseTo(stage.w * scale, 0);
      expect(box?.height).toBeCloseTo(stage.h * scale, 0);
      expect(box?.x).toBeGreaterThanOrEqual(-0.5);
      expect(box?.y).toBeGreaterThanOrEqual(-0.5);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width + 0.5);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height + 0.5);
      // Same line breaks at every size of the same shape: the lead's height in design pixels
      // does not change.
      const leadHeight = () =>
        currentSlide(page)
          .locator('.slide__lead')
          .evaluate((el) => (el as HTMLElement).offsetHeight);
      const here = await leadHeight();
      await page.setViewportSize(
        portrait ? { width: 720, height: 1280 } : { width: 1920, height: 1080 },
      );
      expect(await leadHeight()).toBe(here);
    });
  }
});
