import { expect, test, type Page } from '@playwright/test';
import { SLIDE_IDS } from '../core/ids.ts';
import { currentSlide, watchPage } from './helpers.ts';

/**
 * The kiosk has started: its loop is running. (Not data-deck-ready: with sub-second dwell
 * times a slide can be gone before its charts have finished their entry animation.)
 */
async function kioskStarted(page: Page): Promise<void> {
  await expect(page.locator('[data-kiosk-state]')).toBeAttached({ timeout: 30_000 });
}

test.describe('kiosk mode in a browser', () => {
  test('auto-advances, loops and rotates the language each loop', async ({ page }) => {
    test.setTimeout(60_000);
    const watch = watchPage(page);
    // Every slide shown, in order, with the language it was shown in: recorded in the page,
    // so that a busy test machine cannot miss a half-second slide.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, 'kioskSeen', { value: seen });
      new MutationObserver(() => {
        const id = document.querySelector('[aria-current="true"]')?.getAttribute('data-slide-id');
        const entry = `${document.documentElement.lang}:${id}`;
        if (id && seen.at(-1) !== entry) seen.push(entry);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto('/?mode=kiosk&dwell=0.5&langs=fr,kk');
    await kioskStarted(page);
    const seen = () =>
      page.evaluate(() => (window as unknown as { kioskSeen: string[] }).kioskSeen);
    // Every slide at half a second: back to the title, now in Kazakh.
    await expect.poll(seen, { timeout: 30_000 }).toContain('kk:title');
    const shown = await seen();
    // The first loop, in French, title to sources (while the app starts the page's default
    // language shows for an instant; at the wrap the DOM changes slide, then language).
    const firstLoop = shown.slice(shown.indexOf('fr:title'), shown.indexOf('fr:sources') + 1);
    expect(firstLoop).toEqual(SLIDE_IDS.map((id) => `fr:${id}`));
    expect(watch.errors).toEqual([]);
  });

  test('input pauses it; browsing controls appear; idle returns to the start', async ({ page }) => {
    // The title slide holds 30 s, so the visitor's first touch finds it whatever the load.
    await page.goto('/?mode=kiosk&dwell=1&dwells=title:30&idle=2&langs=en,fr');
    await kioskStarted(page);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    await page.mouse.click(640, 360);
    const kiosk = page.locator('[data-kiosk-state]');
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'paused');
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next slide' }).click();
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
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('kiosk settings from the desktop shell', () => {
  test('per-slide dwell times override the dwell for all slides', async ({ page }) => {
    // The title goes after half a second; every other slide holds for 30 s.
    await page.goto('/?mode=kiosk&dwell=30&dwells=title:0.5&langs=en');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline', {
      timeout: 5_000,
    });
    await page.waitForTimeout(1_500);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline');
  });

  test('a kiosk reloaded at #/<slide> carries on from that slide', async ({ page }) => {
    await page.goto('/?mode=kiosk&dwell=30&langs=en#/trade');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await expect(page.locator('[data-kiosk-state]')).toHaveAttribute('data-kiosk-state', 'running');
  });

  test('with exit=pin, a long press in the corner asks for the PIN and main decides', async ({
    page,
  }) => {
    const watch = watchPage(page);
    // A stand-in for the preload bridge: records calls; "2468" is the PIN main would accept.
    await page.addInitScript(() => {
      const calls: unknown[][] = [];
      Object.defineProperty(window, 'briefingCalls', { value: calls });
      Object.defineProperty(window, 'briefing', {
        value: {
          shell: 'electron',
          getSettings: async () => ({ language: 'en' }),
          setLanguage: async () => undefined,
          exportPdf: async () => ({ ok: false, error: 'cancelled', message: '' }),
          toggleFullScreen: async () => undefined,
          onCommand: () => () => undefined,
          goToSlide: async (index: number) => {
            calls.push(['goToSlide', index]);
          },
          getPosition: async () => ({ index: 0 }),
          onPosition: () => () => undefined,
          reportAudienceDesign: async () => undefined,
          exitKiosk: async (pin: string) => {
            calls.push(['exitKiosk', pin]);
            return pin === '2468' ? { ok: true } : { ok: false, reason: 'wrong-pin' };
          },
        },
      });
    });
    const calls = () =>
      page.evaluate(() => (window as unknown as { briefingCalls: unknown[][] }).briefingCalls);
    await page.goto('/?mode=kiosk&dwell=1&idle=30&langs=en&exit=pin');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline', {
      timeout: 5_000,
    });
    // The kiosk tells main each slide it shows, so that a crash resumes there.
    expect(await calls()).toEqual(
      expect.arrayContaining([
        ['goToSlide', 0],
        ['goToSlide', 1],
      ]),
    );

    // A tap in the corner is just a visitor's tap; a three-second press opens the dialog.
    await page.mouse.click(20, 20);
    await page.waitForTimeout(500);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.waitForTimeout(3_200);
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Leave the kiosk' });
    await expect(dialog).toBeVisible();

    for (const digit of ['1', '1', '1', '1']) {
      await dialog.getByRole('button', { name: digit, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Close the briefing' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Wrong PIN.');
    await dialog.getByLabel('Enter the PIN to close the briefing').fill('2468');
    await dialog.getByRole('button', { name: 'Close the briefing' }).click();
    await expect.poll(calls).toContainEqual(['exitKiosk', '2468']);
    expect((await calls()).filter(([name]) => name === 'exitKiosk')).toEqual([
      ['exitKiosk', '1111'],
      ['exitKiosk', '2468'],
    ]);
    expect(watch.errors).toEqual([]);
  });
});
