import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { SLIDE_IDS, type SlideId } from '../core/ids.ts';
import { OUTLINE } from '../core/outline.ts';
import { countNodes, takeHeapSnapshot } from '../tools/perf/heap-snapshot.ts';
import { currentSlide, openDeck, waitForDeckReady, watchPage } from './helpers.ts';

/**
 * What a kiosk left running for days depends on: a page turn costs the same the thousandth
 * time as the second. The soak (`npm run soak`) measures the heap over hours; these catch the
 * three causes of growth found with it, in seconds and without timing anything.
 */

async function turnTo(page: Page, key: 'ArrowRight' | 'ArrowLeft', id: SlideId): Promise<void> {
  await page.keyboard.press(key);
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', id);
  await waitForDeckReady(page);
}

async function throughTheDeck(page: Page): Promise<void> {
  for (const id of SLIDE_IDS.slice(1)) await turnTo(page, 'ArrowRight', id);
  await page.keyboard.press('Home');
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', OUTLINE[0].id);
}

const isMediaQuerySet = (name: string) => name === 'blink::MediaQuerySet';
/** A series id Recharts made up from React's useId, e.g. "recharts-pie-_r_1k_". */
const isGeneratedSeriesId = (name: string) => /^recharts-[a-z]+-_r_/.test(name);

/**
 * How many Blink media query sets and generated series ids one heap snapshot holds, after a
 * full GC.
 */
async function countLeftovers(cdp: CDPSession): Promise<{ sets: number; ids: number }> {
  const snapshot = await takeHeapSnapshot(cdp);
  return {
    sets: countNodes(snapshot, isMediaQuerySet),
    ids: countNodes(snapshot, isGeneratedSeriesId),
  };
}

test.describe('a deck left running', () => {
  test('fetches nothing at a page turn once every slide has been seen', async ({ page }) => {
    test.setTimeout(90_000);
    const watch = watchPage(page);
    await openDeck(page, '/?lang=kk#/title');
    await throughTheDeck(page);
    // Chromium follows every URL change to the page icon: a real icon file was fetched and
    // decoded again at each turn.
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) fetched.push(request.url());
    });
    await throughTheDeck(page);
    expect(fetched).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('charts shown again and again leave nothing behind', async ({ page }) => {
    test.setTimeout(90_000);
    // Chromium keeps a media query set for every <thead> ever created, so tables in <thead>
    // form made each chart mount leave one behind for good; Recharts keeps selector cache
    // entries for every series id it is given, so generated ids left a few at every mount.
    const first: SlideId = 'trade';
    const second: SlideId = 'trade-share';
    expect(SLIDE_IDS.indexOf(second)).toBe(SLIDE_IDS.indexOf(first) + 1);
    await openDeck(page, `/?lang=fr#/${first}`);
    await turnTo(page, 'ArrowRight', second);
    await turnTo(page, 'ArrowLeft', first);
    const cdp = await page.context().newCDPSession(page);
    const { sets, ids } = await countLeftovers(cdp);
    // The stylesheet's own @media rules are there: the count is read under the right name.
    expect(sets).toBeGreaterThan(0);
    for (let turn = 0; turn < 10; turn += 1) {
      await turnTo(page, 'ArrowRight', second);
      await turnTo(page, 'ArrowLeft', first);
    }
    const after = await countLeftovers(cdp);
    expect(after.sets).toBe(sets);
    // Ten more pie and bar charts: with generated ids, twenty more of them stayed.
    expect(after.ids).toBe(ids);
  });
});
