import { expect, test, type Locator } from '@playwright/test';
import { currentSlide, waitForDeckReady } from './helpers.ts';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [1080, 1920],
] as const) {
  test(`${width}×${height}: the kiosk's touch controls leave the caveat and sources lines in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?mode=kiosk&lang=kk&dwells=trade:60#/trade');
    await waitForDeckReady(page);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await page.mouse.click(width / 2, height / 3);
    await expect(page.locator('[data-kiosk-state]')).toHaveAttribute('data-kiosk-state', 'paused');
    const controls = await box(page.locator('.kiosk-controls'));
    const slide = currentSlide(page);
    const lines = [slide.locator('.slide__caveat'), ...(await slide.locator('figcaption').all())];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      await expect(line).toBeVisible();
      const b = await box(line);
      expect(b.y + b.height, `${await line.textContent()}`).toBeLessThanOrEqual(controls.y);
    }
  });
}
