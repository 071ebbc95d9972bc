import { expect, test } from '@playwright/test';
import { currentSlide, openDeck } from './helpers.ts';

test.describe('addresses and keys said plainly', () => {
  test('an unknown slide id opens the first and is reported in the console', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openDeck(page, '/?lang=en#/treade');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    expect(warnings).toContainEqual(
      expect.stringMatching(/^Ignored URL parameter: #\/treade is not a slide of the deck/),
    );
  });

  test('lang=FR is French', async ({ page }) => {
    await openDeck(page, '/?lang=FR#/trade');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('typing a number past the last slide says there is no such slide', async ({ page }) => {
    await openDeck(page, '/?lang=fr#/trade');
    await page.keyboard.press('9');
    await page.keyboard.press('9');
    await expect(page.getByRole('status').filter({ hasText: '99' })).toHaveText(
      'Il n’y a pas de diapositive 99\u00a0: elles sont numérotées de 1 à 13',
    );
    await page.keyboard.press('Enter');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await page.keyboard.press('5');
    await expect(page.getByRole('status').filter({ hasText: '5' })).toHaveText(
      'Aller à la diapositive 5',
    );
  });

  test('Escape with a data table open closes the table, not the slide', async ({ page }) => {
    await openDeck(page, '/?lang=en#/investment');
    const figure = page.locator('[data-chart="investment"]');
    const toggle = figure.getByRole('button', { name: 'Data table' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(figure.locator('.recharts-surface').first()).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(figure.locator('.recharts-surface').first()).toBeVisible();
    await expect(page.locator('[data-slide-id]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'All slides' })).toBeVisible();
  });

  test('the export notice shows its close button whole at 1366×768', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openDeck(page, '/?lang=fr#/trade');
    await page.mouse.move(600, 400);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const notice = page.locator('.notice').filter({ hasText: 'npm run handout' });
    const close = notice.getByRole('button', { name: 'Fermer' });
    const [noticeBox, closeBox] = [await notice.boundingBox(), await close.boundingBox()];
    expect(noticeBox && closeBox).toBeTruthy();
    if (!noticeBox || !closeBox) return;
    expect(closeBox.x + closeBox.width).toBeLessThanOrEqual(noticeBox.x + noticeBox.width);
    expect(noticeBox.x).toBeGreaterThanOrEqual(0);
    expect(noticeBox.x + noticeBox.width).toBeLessThanOrEqual(1366);
    await close.click();
    await expect(notice).toHaveCount(0);
  });
});
