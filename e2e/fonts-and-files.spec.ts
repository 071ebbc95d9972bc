import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { currentSlide, openDeck, waitForDeckReady, watchPage } from './helpers.ts';

test.describe('bundled fonts', () => {
  for (const lang of ['kk', 'fr', 'en']) {
    test(`every letter of the ${lang} slides is drawn with a bundled font`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}&mode=print`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        selector: '.slide h1, .slide h2, .slide p, .slide li, .slide figcaption, .slide text',
      });
      expect(nodeIds.length).toBeGreaterThan(30);
      const used = new Map<string, number>();
      const system = new Set<string>();
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of fonts) {
          used.set(font.familyName, (used.get(font.familyName) ?? 0) + font.glyphCount);
          // isCustomFont: drawn from a web font the page loaded (ours), not a system font.
          if (!font.isCustomFont) system.add(font.familyName);
        }
      }
      expect([...system], `glyphs drawn with: ${JSON.stringify([...used])}`).toEqual([]);
      expect([...used.keys()].every((family) => family.startsWith('Noto'))).toBe(true);
    });
  }
});

test.describe('the built renderer opens from file://', () => {
  test('deck, fonts and charts work without a server', async ({ page }) => {
    const watch = watchPage(page);
    const index = pathToFileURL(resolve('out/renderer/index.html')).href;
    await page.goto(`${index}?lang=kk#/trade`);
    await waitForDeckReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await expect(currentSlide(page).locator('figure[data-chart] svg').first()).toBeVisible();
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });
});
