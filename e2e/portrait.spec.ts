import { expect, test, type Page } from '@playwright/test';
import { SLIDE_IDS } from '../core/ids.ts';
import { currentSlide, openDeck, textOutsideSlides, waitForDeckReady } from './helpers.ts';

// The deck's two designs (DESIGN.md: <html data-orientation>): a totem's 1080×1920 window
// shows the portrait design, a 1920×1080 one the landscape design, each filling the display.
const LANGS = ['en', 'fr', 'kk'] as const;
const SIZES = [
  { width: 1080, height: 1920, orientation: 'portrait' },
  { width: 1920, height: 1080, orientation: 'landscape' },
] as const;

/** The shown slide's box on screen. */
async function slideBox(page: Page) {
  const box = await currentSlide(page).boundingBox();
  expect(box).not.toBeNull();
  return box ?? { x: 0, y: 0, width: 0, height: 0 };
}

/** Every chart of the shown slide has drawn its marks. */
async function expectChartsDrawn(page: Page, id: string) {
  for (const figure of await currentSlide(page).locator('figure[data-chart]').all()) {
    const chart = `${id}: ${await figure.getAttribute('data-chart')}`;
    await expect(figure, chart).toHaveAttribute('data-chart-drawn', 'true');
    const marks = await figure
      .locator('svg')
      .evaluateAll((svgs) =>
        svgs.reduce((n, svg) => n + svg.querySelectorAll('rect, path, circle, line').length, 0),
      );
    expect(marks, chart).toBeGreaterThan(3);
  }
}

for (const { width, height, orientation } of SIZES) {
  for (const lang of LANGS) {
    test(`${width}×${height}, ${lang}: every slide in the ${orientation} design fills the display, text inside, charts drawn`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, `/?lang=${lang}#/${SLIDE_IDS[0]}`);
      await expect(page.locator('html')).toHaveAttribute('data-orientation', orientation);
      for (const [index, id] of SLIDE_IDS.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await expect(currentSlide(page)).toHaveAttribute('data-slide-id', id);
        await waitForDeckReady(page);
        const box = await slideBox(page);
        expect([box.x, box.y, box.width, box.height].map(Math.round), id).toEqual([
          0,
          0,
          width,
          height,
        ]);
        expect(await currentSlide(page).evaluateAll(textOutsideSlides)).toEqual([]);
        await expectChartsDrawn(page, id);
        // The slide's content ends above its footer line, whatever the length of its lead
        // (the charts take the height that is left: a three-line French lead once pushed the
        // trade caveat across the line).
        const overlap = await currentSlide(page).evaluate((slide) => {
          const footer = slide.querySelector('.slide__footer')?.getBoundingClientRect().top ?? 0;
          const parts = slide.querySelectorAll('[class^="layout-"] > *, .layout-chart__charts > *');
          return [...parts]
            .filter((part) => part.getBoundingClientRect().bottom > footer + 1)
            .map((part) => part.className);
        });
        expect(overlap, id).toEqual([]);
      }
    });
  }
}

test('the design follows the window live when it changes shape', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDeck(page, '/?lang=fr#/trade');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-orientation', 'landscape');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await expect(html).toHaveAttribute('data-orientation', 'portrait');
  await waitForDeckReady(page);
  await expect(currentSlide(page)).toHaveClass(/slide--portrait/);
  expect((await slideBox(page)).height).toBeCloseTo(1920, 0);
  await expectChartsDrawn(page, 'trade');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(html).toHaveAttribute('data-orientation', 'landscape');
  await expect(currentSlide(page)).not.toHaveClass(/slide--portrait/);
  expect((await slideBox(page)).width).toBeCloseTo(1280, 0);
});

test('orientation= forces a design whatever the window (letterboxed), and is reported when wrong', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDeck(page, '/?lang=en&orientation=portrait#/sco');
  await expect(page.locator('html')).toHaveAttribute('data-orientation', 'portrait');
  const box = await slideBox(page);
  expect(Math.round(box.height)).toBe(1080);
  expect(Math.round(box.width)).toBe(Math.round((1080 * 1080) / 1920));
  await openDeck(page, '/?lang=en&orientation=sideways#/sco');
  await expect(page.locator('html')).toHaveAttribute('data-orientation', 'landscape');
  expect(warnings.join('\n')).toContain('orientation=sideways');
});

test('print keeps its paper layouts in a portrait window', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openDeck(page, '/?lang=en&mode=print&orientation=portrait');
  await expect(page.locator('html')).toHaveAttribute('data-orientation', 'landscape');
  await expect(page.locator('.slide--portrait')).toHaveCount(0);
  const first = await page.locator('[data-slide-id]').first().boundingBox();
  expect(first && first.width > first.height).toBe(true);
});

test("a portrait window's overview shows portrait thumbnails", async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openDeck(page, '/?lang=kk&mode=overview');
  await expect(page.locator('.slide--portrait')).toHaveCount(SLIDE_IDS.length);
  const thumb = await page.locator('[data-slide-id]').first().boundingBox();
  expect(thumb && thumb.height > thumb.width).toBe(true);
});

for (const lang of LANGS) {
  test(`portrait kiosk, ${lang}: the loop runs on the full display; its touch controls sit at the bottom, the slide above them`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(`/?mode=kiosk&lang=${lang}&dwell=0.6&dwells=quote:60`);
    const kiosk = page.locator('[data-kiosk-state]');
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'running', { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('data-orientation', 'portrait');
    // The loop moves on by itself, to the slide that waits for a minute.
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'quote', {
      timeout: 30_000,
    });
    await waitForDeckReady(page);
    const full = await slideBox(page);
    expect([full.x, full.y, full.width, full.height].map(Math.round)).toEqual([0, 0, 1080, 1920]);
    // A touch pauses it: the controls are at the bottom, within reach, and the slide above.
    await page.mouse.click(540, 700);
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'paused');
    const controls = await page.locator('.kiosk-controls').boundingBox();
    expect(controls).not.toBeNull();
    if (!controls) return;
    expect(controls.y).toBeGreaterThan(1920 * 0.75);
    expect(controls.y + controls.height).toBeLessThanOrEqual(1920);
    for (const button of await page.locator('.kiosk-controls button').all()) {
      const b = await button.boundingBox();
      expect(b && b.height >= 56 && b.width >= 56, await button.innerText()).toBe(true);
    }
    const paused = await slideBox(page);
    expect(paused.y + paused.height).toBeLessThanOrEqual(controls.y + 1);
  });
}

test('a kiosk forced to portrait on a landscape panel shows the portrait design', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?mode=kiosk&lang=en&orientation=portrait&dwell=30');
  await expect(page.locator('[data-kiosk-state]')).toHaveAttribute('data-kiosk-state', 'running', {
    timeout: 30_000,
  });
  await expect(page.locator('html')).toHaveAttribute('data-orientation', 'portrait');
  await expect(currentSlide(page)).toHaveClass(/slide--portrait/);
});
