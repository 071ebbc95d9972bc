import { expect, test } from '@playwright/test';
import { openDeck } from './helpers.ts';

// Tooltips are left out on paper (charts/use-tooltips.ts); on screen they must stay.
test('on screen, a bar shows its figure in a tooltip when the pointer is over it', async ({
  page,
}) => {
  await openDeck(page, '/?lang=fr#/trade');
  // The last bar but one: 2023, the last year with a figure (the last bar is the 2030 target).
  const bar = page.locator('figure[data-chart="trade-growth"] .recharts-bar-rectangle').nth(-2);
  await bar.hover();
  const tooltip = page.locator('figure[data-chart="trade-growth"] .recharts-tooltip-wrapper');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('2023');
  await expect(tooltip).toContainText('Échanges : 41 Md $US');
});

test('on paper, charts carry no tooltips', async ({ page }) => {
  await openDeck(page, '/?lang=fr&mode=print&layout=handout');
  await expect(page.locator('figure[data-chart]').first()).toBeVisible();
  await expect(page.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
});
