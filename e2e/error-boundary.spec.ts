import { expect, test } from '@playwright/test';
import { SLIDE_IDS } from '../core/ids.ts';
import { currentSlide, waitForDeckReady } from './helpers.ts';

// A slide whose chart throws while drawing: its slide shows a short message in the current
// language and the rest of the deck goes on. The failure is injected into the built chart
// bundle as served (the trade chart's component is made to throw), so the app carries no test
// hook.
test.describe('a failing chart is contained', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/assets\/charts\.js$/, async (route) => {
      const response = await route.fetch();
      const code = await response.text();
      const broken = code.replace(
        /chartId:["'`]trade-growth["'`]/,
        'chartId:(()=>{throw new Error("chart failed on purpose")})()',
      );
      expect(broken !== code, 'the trade chart was found in the bundle').toBe(true);
      await route.fulfill({ response, body: broken });
    });
  });

  test('the slide says so in its language; the deck and the print view go on', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/?lang=fr#/trade');
    await waitForDeckReady(page);
    await expect(currentSlide(page).getByRole('alert')).toHaveText(
      'Cette diapositive n’a pas pu être affichée.',
    );
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade-share');
    await expect(
      currentSlide(page).locator('figure[data-chart="trade-share"] svg').first(),
    ).toBeVisible();

    await page.goto('/?lang=kk&mode=print');
    await waitForDeckReady(page);
    await expect(page.locator('[data-slide-id]')).toHaveCount(SLIDE_IDS.length);
    await expect(page.locator('[data-slide-id="trade"]').getByRole('alert')).toHaveText(
      'Бұл слайдты көрсету мүмкін болмады.',
    );
    expect(pageErrors).toEqual([]);
  });
});

// The chart code is a second script, loaded after the first slide (renderer/charts/load-charts.ts).
test.describe('chart code that cannot be loaded', () => {
  test('chart slides say so, the others show, and the print view still completes', async ({
    page,
  }) => {
    const requested: string[] = [];
    await page.route(/\/assets\/charts\.js$/, async (route) => {
      requested.push(route.request().url());
      await route.abort();
    });
    await page.goto('/?lang=fr#/trade');
    await waitForDeckReady(page);
    await expect(currentSlide(page).getByRole('alert')).toHaveText(
      'Cette diapositive n’a pas pu être affichée.',
    );
    await page.keyboard.press('Home');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto('/?lang=en&mode=print');
    await waitForDeckReady(page);
    await expect(page.locator('[data-slide-id]')).toHaveCount(SLIDE_IDS.length);
    await expect(page.locator('[data-slide-id="trade"]').getByRole('alert')).toHaveText(
      'This slide could not be displayed.',
    );
    expect(requested.length).toBeGreaterThan(0);
  });
});
