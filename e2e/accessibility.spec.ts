import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SLIDES } from '../renderer/deck/slides.ts';
import { SLIDE_IDS } from '../core/ids.ts';
import { currentSlide, openDeck, waitForDeckReady } from './helpers.ts';

const LANGUAGES = ['en', 'fr', 'kk'] as const;

/** The WCAG 2.1 A and AA rules (axe's color-contrast among them). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/**
 * Runs axe over the page and returns its serious and critical violations, one line per
 * violation (rule id, impact, the failing elements), so a failure names what to fix.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
      return `${violation.id} (${violation.impact}): ${violation.help} → ${targets}`;
    });
}

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `axe found in ${where}:\n${violations.join('\n')}`).toEqual([]);
}

test.describe('axe: no serious or critical WCAG 2.1 AA violation', () => {
  for (const lang of LANGUAGES) {
    for (const id of SLIDE_IDS) {
      test(`present mode, ${lang}, slide ${id}`, async ({ page }) => {
        await openDeck(page, `/?lang=${lang}#/${id}`);
        await expect(currentSlide(page)).toHaveAttribute('data-slide-id', id);
        await expectNoSeriousViolations(page, `${id} (${lang})`);
      });
    }
  }

  for (const lang of LANGUAGES) {
    test(`portrait design (1080×1920), ${lang}: every slide, then the paused kiosk`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 1080, height: 1920 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const id of SLIDE_IDS) {
        await openDeck(page, `/?lang=${lang}#/${id}`);
        await expect(page.locator('html')).toHaveAttribute('data-orientation', 'portrait');
        await expect(currentSlide(page)).toHaveAttribute('data-slide-id', id);
        await expectNoSeriousViolations(page, `${id} in portrait (${lang})`);
      }
      await page.goto(`/?mode=kiosk&lang=${lang}&dwell=60#/trade`);
      await waitForDeckReady(page);
      await page.mouse.click(540, 600);
      await expect(page.locator('[data-kiosk-state]')).toHaveAttribute(
        'data-kiosk-state',
        'paused',
      );
      await expectNoSeriousViolations(page, `the paused portrait kiosk (${lang})`);
    });
  }

  for (const lang of LANGUAGES) {
    test(`present mode with its controls shown (pointer moved), ${lang}`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}#/trade`);
      await page.mouse.move(600, 300);
      await page.mouse.move(640, 360);
      const chrome = page.locator('nav.chrome');
      await expect.poll(() => chrome.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await expectNoSeriousViolations(page, `present mode's controls (${lang})`);
    });

    test(`overview (O key), ${lang}`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}#/trade`);
      await page.keyboard.press('o');
      await expect(page.locator('[data-slide-id]')).toHaveCount(SLIDE_IDS.length);
      await waitForDeckReady(page);
      await expectNoSeriousViolations(page, `the overview (${lang})`);
    });

    test(`help overlay (? key), ${lang}`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}#/trade`);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousViolations(page, `the help overlay (${lang})`);
    });

    test(`presenter console, ${lang}`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}&mode=presenter#/trade`);
      await expectNoSeriousViolations(page, `the presenter console (${lang})`);
    });

    test(`presenter console beside a portrait audience window, ${lang}`, async ({ context }) => {
      const totem = await context.newPage();
      await totem.setViewportSize({ width: 1080, height: 1920 });
      await openDeck(totem, `/?lang=${lang}#/trade`);
      const page = await context.newPage();
      await openDeck(page, `/?lang=${lang}&mode=presenter#/trade`);
      await expect(page.locator('.presenter__current .slide--portrait')).toBeVisible();
      await waitForDeckReady(page);
      await expectNoSeriousViolations(page, `the portrait presenter console (${lang})`);
    });

    test(`kiosk mode with its controls shown, ${lang}`, async ({ page }) => {
      await openDeck(page, `/?lang=${lang}&mode=kiosk&langs=${lang}&dwell=60#/trade`);
      await page.mouse.click(640, 360);
      await expect(page.locator('[data-kiosk-state]')).toHaveAttribute(
        'data-kiosk-state',
        'paused',
      );
      await expect(page.locator('.kiosk-controls')).toBeVisible();
      await waitForDeckReady(page);
      await expectNoSeriousViolations(page, `kiosk mode, paused (${lang})`);
    });

    for (const layout of ['slides', 'handout'] as const) {
      test(`print mode, ${layout}, ${lang}`, async ({ page }) => {
        test.setTimeout(60_000);
        await openDeck(page, `/?lang=${lang}&mode=print&layout=${layout}`);
        await expect(page.locator('[data-slide-id]')).toHaveCount(SLIDE_IDS.length);
        await expectNoSeriousViolations(page, `print mode, ${layout} (${lang})`);
      });
    }
  }
});

/** What Tab reached: the element's accessible name, and whether a focus indicator is painted. */
interface FocusStop {
  readonly name: string;
  readonly focusVisible: boolean;
  readonly ring: boolean;
  readonly inSlide: boolean;
}

/** Presses Tab `count` times and describes each element that receives focus. */
async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement) || element === document.body) {
          return { name: '(body)', focusVisible: false, ring: false, inSlide: false };
        }
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        return {
          name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
          focusVisible: element.matches(':focus-visible'),
          ring: outline || shadow,
          inSlide: element.closest('[data-slide-id]') !== null,
        };
      }),
    );
  }
  return stops;
}

/**
 * Runs in the page: the contrast of every chart label drawn in SVG against what is painted
 * behind its centre (a bar, a sector, a tinted area or the slide). axe leaves SVG text
 * "incomplete", so without this the charts' labels would go unchecked. Needs AA: 4.5:1, or
 * 3:1 for large text (24 px, or 18.66 px bold, in the slide's 1920×1080 design pixels).
 */
function svgLabelContrast(): string[] {
  const parse = (colour: string): number[] | null => {
    const match = /rgba?\(([^)]+)\)/.exec(colour);
    if (!match?.[1]) return null;
    const parts = match[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: number[], b: number[]) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };
  const shapes = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);
  const failures: string[] = [];
  for (const text of document.querySelectorAll<SVGTextElement>('figure[data-chart] svg text')) {
    const label = text.textContent?.trim() ?? '';
    const style = getComputedStyle(text);
    const fill = parse(style.fill);
    const box = text.getBoundingClientRect();
    if (!label || style.visibility === 'hidden' || !fill || fill[3] === 0 || box.width === 0) {
      continue;
    }
    let behind: number[] | null = null;
    let what = 'nothing';
    for (const element of document.elementsFromPoint(
      box.x + box.width / 2,
      box.y + box.height / 2,
    )) {
      if (element.closest('text')) continue;
      const painted = getComputedStyle(element);
      if (shapes.has(element.tagName)) {
        if (painted.fill.startsWith('url(')) {
          what = 'a pattern';
          break;
        }
        const shapeFill = parse(painted.fill);
        if (shapeFill && shapeFill[3] !== 0 && Number(painted.fillOpacity) > 0) {
          behind = shapeFill;
          break;
        }
        continue;
      }
      const background = parse(painted.backgroundColor);
      if (background && background[3] !== 0) {
        behind = background;
        break;
      }
    }
    const chart = text.closest('figure')?.getAttribute('data-chart');
    if (!behind) {
      failures.push(`${chart}: "${label}" is drawn over ${what}; its contrast cannot be checked`);
      continue;
    }
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
    const ratio = contrast(fill, behind);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(
        `${chart}: "${label}" ${style.fill} on ${behind.join(',')} = ${ratio.toFixed(2)}:1`,
      );
    }
  }
  return failures;
}

test.describe('contrast of chart labels (SVG text, which axe leaves unchecked)', () => {
  const CHART_SLIDES = SLIDES.filter((slide) => slide.layout === 'chart').map((s) => s.id);
  for (const lang of LANGUAGES) {
    test(`every chart label meets WCAG AA, ${lang}`, async ({ page }) => {
      const failures: string[] = [];
      let labels = 0;
      for (const id of CHART_SLIDES) {
        // A fresh document each time: a hash-only goto would not wait for the new slide.
        await page.goto('about:blank');
        await openDeck(page, `/?lang=${lang}#/${id}`);
        await expect(currentSlide(page)).toHaveAttribute('data-slide-id', id);
        labels += await page.locator('figure[data-chart] svg text').count();
        failures.push(...(await page.evaluate(svgLabelContrast)));
      }
      expect(labels).toBeGreaterThan(100);
      expect(failures).toEqual([]);
    });
  }
});

test.describe('keyboard alone', () => {
  test('Tab reaches every control of present mode, each with a visible focus ring', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en#/trade');
    const stops = (await tabThrough(page, 14)).filter((stop) => stop.name !== '(body)');
    const names = stops.map((stop) => stop.name);
    for (const control of [
      'Data table',
      'Previous slide',
      'Next slide',
      'All slides',
      'Full screen',
      'Keyboard shortcuts',
      'English',
      'Français',
      'Қазақша',
    ]) {
      expect(names, `Tab order: ${names.join(' → ')}`).toContain(control);
    }
    const unringed = stops.filter((stop) => !stop.focusVisible || !stop.ring);
    expect(unringed, 'focused without a visible focus indicator').toEqual([]);
  });

  test('the controls fade back in while one of them has focus', async ({ page }) => {
    await openDeck(page, '/?lang=en#/trade');
    const chrome = page.locator('nav.chrome');
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await expect.poll(() => chrome.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });

  test('Enter and Space activate the focused control instead of turning the page', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en#/trade');
    await page.getByRole('button', { name: 'Previous slide' }).focus();
    await page.keyboard.press('Space');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline');
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await page.keyboard.press('Enter');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('the help dialog holds focus and gives it back when it closes', async ({ page }) => {
    await openDeck(page, '/?lang=en#/trade');
    const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await helpButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      const outside = await page.evaluate(
        () =>
          document.activeElement !== document.body &&
          document.activeElement?.closest('[role="dialog"]') === null,
      );
      expect(outside, 'Tab left the modal dialog').toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(helpButton).toBeFocused();
  });

  test('the overview is driven by the keyboard: Tab to a slide, Enter opens it', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en#/trade');
    await page.keyboard.press('o');
    await waitForDeckReady(page);
    const current = page.getByRole('button', { name: /^Open slide 3:/ });
    await expect(current).toBeFocused();
    const stops = await tabThrough(page, 2);
    expect(stops.map((stop) => stop.name)).toEqual([
      expect.stringMatching(/^Open slide 4:/),
      expect.stringMatching(/^Open slide 5:/),
    ]);
    expect(stops.every((stop) => stop.focusVisible && stop.ring && !stop.inSlide)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'investment');
  });

  test('kiosk controls: Tab reaches them, Space presses them', async ({ page }) => {
    await openDeck(page, '/?lang=en&mode=kiosk&langs=en&dwell=60');
    await page.keyboard.press('Tab');
    const kiosk = page.locator('[data-kiosk-state]');
    await expect(kiosk).toHaveAttribute('data-kiosk-state', 'paused');
    await page.getByRole('button', { name: 'Next slide' }).focus();
    await page.keyboard.press('Space');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'timeline');
    await page.getByRole('button', { name: 'Previous slide' }).focus();
    await page.keyboard.press('Space');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'title');
    const ring = await page.getByRole('button', { name: 'Next slide' }).evaluate((el) => {
      (el as HTMLElement).focus();
      return getComputedStyle(el).boxShadow;
    });
    expect(ring).not.toBe('none');
  });
});

test.describe('what assistive technology reads', () => {
  test('present mode keeps one slide in the DOM', async ({ page }) => {
    await openDeck(page, '/?lang=fr#/visits');
    await expect(page.locator('[data-slide-id]')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await waitForDeckReady(page);
    await expect(page.locator('[data-slide-id]')).toHaveCount(1);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'sco');
  });

  test('overview thumbnails are inert: not focusable, not in the accessibility tree', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=kk#/trade');
    await page.keyboard.press('o');
    await waitForDeckReady(page);
    const slides = page.locator('[data-slide-id]');
    await expect(slides).toHaveCount(SLIDE_IDS.length);
    const outsideInert = await slides.evaluateAll(
      (sections) => sections.filter((section) => section.closest('[inert]') === null).length,
    );
    expect(outsideInert).toBe(0);
    // Chromium's own accessibility tree: every node of a thumbnail is ignored.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposedHeadings = nodes.filter((node) => !node.ignored && node.role?.value === 'heading');
    // Only the overview's own heading is left: no slide title is read twice.
    expect(exposedHeadings.map((node) => node.name?.value)).toHaveLength(1);
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-slide-id] button, [data-slide-id] [tabindex]')].filter(
          (element) => {
            (element as HTMLElement).focus();
            return document.activeElement === element;
          },
        ).length,
    );
    expect(focusable).toBe(0);
  });

  test('the presenter console shows the next slide as a picture only', async ({ page }) => {
    await openDeck(page, '/?lang=en&mode=presenter#/trade');
    const next = page.locator('[data-slide-id="trade-share"]');
    await expect(next).toHaveCount(1);
    expect(await next.evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  });

  test('every chart has a text alternative: its numbers as a table inside the figure', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en&mode=print');
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThanOrEqual(8);
    const problems = await figures.evaluateAll((all) =>
      all.flatMap((figure) => {
        const id = figure.getAttribute('data-chart');
        const issues: string[] = [];
        const labelId = figure.getAttribute('aria-labelledby');
        const label = labelId ? document.getElementById(labelId)?.textContent?.trim() : '';
        if (!label) issues.push(`${id}: figure has no accessible name`);
        if (!figure.querySelector('figcaption')?.textContent?.trim()) {
          issues.push(`${id}: no figcaption naming the source`);
        }
        const table = figure.querySelector('table');
        if (!table) return [...issues, `${id}: no table`];
        if (!table.querySelector('caption')?.textContent?.trim()) {
          issues.push(`${id}: table without caption`);
        }
        const firstRow = table.querySelector('tr');
        if (!firstRow || firstRow.querySelectorAll(':scope > th[scope="col"]').length < 2) {
          issues.push(`${id}: table without column headers`);
        }
        if (table.querySelectorAll('tr').length < 2) issues.push(`${id}: empty table`);
        if (table.closest('[aria-hidden="true"]')) issues.push(`${id}: table is aria-hidden`);
        const drawing = figure.querySelector('svg');
        if (drawing && !drawing.closest('[aria-hidden="true"]')) {
          issues.push(`${id}: the drawing is read as well as the table`);
        }
        return issues;
      }),
    );
    expect(problems).toEqual([]);
  });
});

test.describe('prefers-reduced-motion: reduce', () => {
  /**
   * Counts CSS animations and transitions that start, and attribute changes on chart marks
   * after they first appear (Recharts animates in JavaScript by rewriting them each frame).
   */
  async function recordMotion(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const motion = { css: [] as string[], chartFrames: 0 };
      (window as unknown as { __motion: typeof motion }).__motion = motion;
      for (const type of ['animationstart', 'transitionrun']) {
        document.addEventListener(type, (event) => {
          const target = event.target as Element;
          motion.css.push(`${type} ${target.className}`);
        });
      }
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (record.type === 'attributes' && target.closest?.('.recharts-layer')) {
            motion.chartFrames += 1;
          }
        }
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['d', 'width', 'height', 'x', 'y', 'transform'],
      });
    });
  }

  const readMotion = (page: Page) =>
    page.evaluate(() => {
      const motion = (window as unknown as { __motion: { css: string[]; chartFrames: number } })
        .__motion;
      return {
        css: motion.css,
        chartFrames: motion.chartFrames,
        running: document.getAnimations().length,
      };
    });

  test('no transition, no slide animation, no chart animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordMotion(page);
    await openDeck(page, '/?lang=en#/timeline');
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await waitForDeckReady(page);
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade-share');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await waitForDeckReady(page);
    const motion = await readMotion(page);
    expect(motion).toEqual({ css: [], chartFrames: 0, running: 0 });
  });

  test('(the same recorder does see the motion when it is allowed)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await recordMotion(page);
    await openDeck(page, '/?lang=en#/timeline');
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await waitForDeckReady(page);
    const motion = await readMotion(page);
    expect(motion.css.length).toBeGreaterThan(0);
    expect(motion.chartFrames).toBeGreaterThan(0);
  });

  test('kiosk and presenter also stay still', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordMotion(page);
    await openDeck(page, '/?lang=kk&mode=kiosk&langs=kk&dwell=60');
    await page.mouse.click(640, 360);
    await page.locator('.kiosk-controls button[lang="kk"]').waitFor();
    for (let i = 0; i < 2; i += 1) await page.locator('.kiosk-button').last().click();
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
    await waitForDeckReady(page);
    await openDeck(page, '/?lang=fr&mode=presenter#/trade');
    await page.keyboard.press('ArrowRight');
    await waitForDeckReady(page);
    const motion = await readMotion(page);
    expect(motion).toEqual({ css: [], chartFrames: 0, running: 0 });
  });
});

/**
 * Element ids must be unique in the page: aria-labelledby names a chart by its title's id,
 * and a series is clipped and filled through ids Recharts derives from its fixed series id.
 * A duplicate points a screen reader at the wrong title, or a chart at another's clip path.
 */
test.describe('element ids are unique in every mode that shows many charts', () => {
  for (const path of [
    '/?lang=kk&mode=overview',
    '/?lang=kk&mode=print&layout=slides',
    '/?lang=kk&mode=print&layout=handout',
    '/?lang=kk&mode=presenter#/trade-share',
  ]) {
    test(path, async ({ page }) => {
      await openDeck(page, path);
      await waitForDeckReady(page);
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll('[id]')].map((element) => element.id),
      );
      // The charts are drawn: their series' groups carry ids.
      expect(ids.filter((id) => id.endsWith('-series')).length).toBeGreaterThan(0);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated).toEqual([]);
    });
  }
});
