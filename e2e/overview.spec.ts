import { expect, test, type Locator } from '@playwright/test';
import { currentSlide, openDeck, waitForDeckReady } from './helpers.ts';

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

test.describe('overview: the highlighted card is the focused one', () => {
  test('O on slide 4, then → and Enter, opens slide 5', async ({ page }) => {
    await openDeck(page, '/?lang=en#/trade-share');
    await page.keyboard.press('o');
    await waitForDeckReady(page);
    const selected = page.locator('.overview__open[aria-current="true"]');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveAccessibleName(/^Open slide 4: /);
    await expect(selected).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveAccessibleName(/^Open slide 5: /);
    await expect(selected).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-slide-id]')).toHaveCount(1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'investment');
  });

  test('Tab moves the highlight with the focus; Enter opens that card', async ({ page }) => {
    await openDeck(page, '/?lang=fr#/title');
    await page.keyboard.press('o');
    await waitForDeckReady(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const selected = page.locator('.overview__open[aria-current="true"]');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveAccessibleName(/^Ouvrir la diapositive 3/);
    await expect(selected).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
  });

  test('the overview page (?mode=overview) keeps highlight and focus together too', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en&mode=overview#/visits');
    const selected = page.locator('.overview__open[aria-current="true"]');
    await expect(selected).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(selected).toHaveAccessibleName(/^Open slide 5: /);
    await expect(selected).toBeFocused();
  });

  for (const lang of ['en', 'fr', 'kk'] as const) {
    test(`number badges do not cover the slide titles (${lang})`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}&mode=overview#/title`);
      const items = page.locator('.overview__item');
      await expect(items).toHaveCount(13);
      for (let i = 0; i < 13; i += 1) {
        const item = items.nth(i);
        const badge = await box(item.locator('.overview__number'));
        const title = await box(item.locator('[data-slide-id] :is(h1, h2)').first());
        expect(overlaps(badge, title), `slide ${i + 1}`).toBe(false);
        await expect(item.locator('.overview__number')).toHaveText(String(i + 1));
      }
    });
  }
});
