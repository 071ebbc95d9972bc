import { expect, test, type Locator, type Page } from '@playwright/test';
import { currentSlide, openDeck, waitForDeckReady } from './helpers.ts';

/** Asserts the element is entirely inside the window. */
async function expectInWindow(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(size).not.toBeNull();
  if (!box || !size) return;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(size.height + 0.5);
}

const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

const LABELS = {
  en: { elapsed: 'Elapsed', clock: 'Time', larger: 'Larger notes text' },
  fr: { elapsed: 'Temps écoulé', clock: 'Heure', larger: 'Agrandir le texte des notes' },
  kk: { elapsed: 'Өткен уақыт', clock: 'Уақыт', larger: 'Жазбалар мәтінін үлкейту' },
} as const;

test.describe('the presenter console fits the window', () => {
  for (const [width, height] of SIZES) {
    for (const lang of ['en', 'fr', 'kk'] as const) {
      test(`${width}×${height}, ${lang}: no page scroll, every panel in view`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openDeck(page, `/?lang=${lang}&mode=presenter#/trade`);
        const scroll = await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
        }));
        expect(scroll).toEqual({ width, height });

        const current = page.locator('.presenter__current [data-slide-id="trade"]');
        const next = page.locator('.presenter__next [data-slide-id="trade-share"]');
        await expectInWindow(page, current, 'current slide');
        await expectInWindow(page, next, 'next slide');
        await expectInWindow(page, page.getByTestId('elapsed'), 'stopwatch');
        await expectInWindow(page, page.getByText(LABELS[lang].clock, { exact: true }), 'clock');
        await expectInWindow(page, page.getByText(LABELS[lang].elapsed), 'stopwatch label');
        await expectInWindow(page, page.getByRole('button', { name: LABELS[lang].larger }), 'A+');
        await expectInWindow(page, page.locator('.presenter__notes'), 'notes panel');
        await expectInWindow(page, page.locator('.presenter__list'), 'slide list');
        // The notes and the list scroll inside their panels when they are longer.
        const notes = page.locator('.presenter__notes-scroll');
        expect(await notes.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
        expect(await notes.evaluate((el) => el.clientHeight)).toBeGreaterThan(60);
      });
    }
  }

  test('the slide list scrolls on its own and keeps the current slide in view', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en&mode=presenter#/title');
    await page.keyboard.press('End');
    const last = page.getByRole('button', { name: /^13\. / });
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: /^1\. / }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: /^1\. / })).toBeInViewport({ ratio: 1 });
  });

  test('notes type size: + and − keys and the buttons, remembered on reload', async ({ page }) => {
    await openDeck(page, '/?lang=fr&mode=presenter#/trade');
    const notes = page.getByTestId('notes');
    const size = () => notes.evaluate((el) => getComputedStyle(el).fontSize);
    await expect.poll(size).toBe('22px');
    await page.keyboard.press('+');
    await expect.poll(size).toBe('26px');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(size).toBe('20px');
    await page.getByRole('button', { name: 'Agrandir le texte des notes' }).click();
    await expect.poll(size).toBe('22px');
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('-');
    await expect.poll(size).toBe('16px');
    await expect(page.getByRole('button', { name: 'Réduire le texte des notes' })).toBeDisabled();
    // Keys other than + and − still drive the deck.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'trade-share',
    );
    await page.reload();
    await waitForDeckReady(page);
    await expect.poll(size).toBe('16px');
  });

  test('? shows the shortcuts, including the notes size, in the console', async ({ page }) => {
    await openDeck(page, '/?lang=kk&mode=presenter#/trade');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Пернетақта тіркесімдері' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Баяндамашы көрінісі: жазбалар мәтінін үлкейту');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'trade',
    );
  });

  test('in present mode + and − are not the deck’s', async ({ page }) => {
    await openDeck(page, '/?lang=en#/trade');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', 'trade');
  });
});

test.describe('tabs: the presenter console drives the audience windows', () => {
  const shown = (page: Page) => page.locator('.presenter__current [aria-current="true"]');

  test('a deep link keeps its slide with another tab open; plain tabs do not follow each other', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openDeck(first, '/?lang=en#/title');
    const second = await context.newPage();
    await openDeck(second, '/?lang=fr#/trade');
    await expect(currentSlide(second)).toHaveAttribute('data-slide-id', 'trade');
    await expect(currentSlide(first)).toHaveAttribute('data-slide-id', 'title');

    await second.keyboard.press('ArrowRight');
    await expect(currentSlide(second)).toHaveAttribute('data-slide-id', 'trade-share');
    await first.bringToFront();
    await first.keyboard.press('End');
    await expect(currentSlide(first)).toHaveAttribute('data-slide-id', 'sources');
    await expect(currentSlide(second)).toHaveAttribute('data-slide-id', 'trade-share');
  });

  test('the console moves every audience tab; a tab opened on a slide keeps it until then', async ({
    context,
  }) => {
    const presenter = await context.newPage();
    await openDeck(presenter, '/?lang=en&mode=presenter#/timeline');
    const audience = await context.newPage();
    await openDeck(audience, '/?lang=en#/quote');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'quote');
    // Opened without a slide, a tab asks the console where the talk is.
    const late = await context.newPage();
    await openDeck(late, '/?lang=kk');
    await expect(currentSlide(late)).toHaveAttribute('data-slide-id', 'timeline');

    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowRight');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'trade');
    await expect(currentSlide(late)).toHaveAttribute('data-slide-id', 'trade');

    // A clicker aimed at one audience window moves the console, which moves the others.
    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await expect(shown(presenter)).toHaveAttribute('data-slide-id', 'trade-share');
    await expect(currentSlide(late)).toHaveAttribute('data-slide-id', 'trade-share');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'trade-share');
  });

  test('the console’s previews show the audience’s design: portrait beside a totem', async ({
    context,
  }) => {
    const presenter = await context.newPage();
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await openDeck(presenter, '/?lang=kk&mode=presenter#/trade');
    const current = presenter.locator('.presenter__current [data-slide-id="trade"]');
    const next = presenter.locator('.presenter__next [data-slide-id="trade-share"]');
    await expect(current).not.toHaveClass(/slide--portrait/);

    // A totem opens as the audience: the console draws its slides as the totem shows them.
    const totem = await context.newPage();
    await totem.setViewportSize({ width: 1080, height: 1920 });
    await openDeck(totem, '/?lang=kk#/trade');
    await expect(totem.locator('html')).toHaveAttribute('data-orientation', 'portrait');
    await expect(current).toHaveClass(/slide--portrait/);
    await expect(next).toHaveClass(/slide--portrait/);
    await waitForDeckReady(presenter);
    for (const [what, slide] of [
      ['current slide', current],
      ['next slide', next],
    ] as const) {
      const box = await slide.boundingBox();
      expect(box && box.height / box.width, `${what}: 9:16`).toBeCloseTo(16 / 9, 1);
      await expectInWindow(presenter, slide, what);
    }
    await expectInWindow(presenter, presenter.locator('.presenter__notes'), 'notes panel');
    await expectInWindow(presenter, presenter.locator('.presenter__list'), 'slide list');
    expect(
      await presenter.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
      ]),
    ).toEqual([1280, 720]);
    // The notes sit beside the tall slide, wide enough to read.
    const notes = await presenter.locator('.presenter__notes').boundingBox();
    const slideBox = await current.boundingBox();
    expect(notes && slideBox && notes.x).toBeGreaterThan(
      (slideBox?.x ?? 0) + (slideBox?.width ?? 0),
    );
    expect(notes?.width).toBeGreaterThan(300);

    // The totem turned on its side: the previews follow.
    await totem.setViewportSize({ width: 1920, height: 1080 });
    await expect(current).not.toHaveClass(/slide--portrait/);
    const turned = await current.boundingBox();
    expect(turned && turned.width / turned.height).toBeCloseTo(16 / 9, 1);

    // A console opened after the totem asks for its design.
    await totem.setViewportSize({ width: 1080, height: 1920 });
    const late = await context.newPage();
    await late.setViewportSize({ width: 1366, height: 768 });
    await openDeck(late, '/?lang=fr&mode=presenter#/trade');
    await expect(late.locator('.presenter__current [data-slide-id="trade"]')).toHaveClass(
      /slide--portrait/,
    );
  });

  test('the console’s “Logarithmic scale” and “Data table” reach the audience', async ({
    context,
  }) => {
    const audience = await context.newPage();
    await openDeck(audience, '/?lang=en#/trade');
    const presenter = await context.newPage();
    await openDeck(presenter, '/?lang=en&mode=presenter#/trade');
    const growth = (page: Page) =>
      page.locator('[data-slide-id="trade"] [data-chart="trade-growth"]');
    const reported = (page: Page) =>
      page.locator('[data-slide-id="trade"] [data-chart="trade-reported"]');
    const drawing = (chart: Locator) => chart.locator('.recharts-surface').first();
    const console_ = presenter.locator('.presenter__current');

    await console_.getByRole('button', { name: 'Logarithmic scale' }).click();
    await expect(
      growth(audience).getByRole('button', { name: 'Logarithmic scale' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(growth(audience)).toContainText('US$1bn');

    await console_
      .locator('[data-chart="trade-reported"]')
      .getByRole('button', { name: 'Data table' })
      .click();
    // The table takes the drawing's place (it is always there for screen readers).
    await expect(drawing(reported(audience))).toBeHidden();
    await expect(drawing(growth(audience))).toBeVisible();

    await console_.getByRole('button', { name: 'Logarithmic scale' }).click();
    await expect(
      growth(audience).getByRole('button', { name: 'Logarithmic scale' }),
    ).toHaveAttribute('aria-pressed', 'false');
    await expect(drawing(reported(audience))).toBeHidden();

    // The next slide starts plain, in every window.
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowLeft');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'trade');
    await expect(drawing(reported(audience))).toBeVisible();
  });
});

test.describe('the presenter’s stopwatch', () => {
  test('waits for the first slide change, and Space after a click on Pause turns the page', async ({
    page,
  }) => {
    await openDeck(page, '/?lang=en&mode=presenter#/title');
    const elapsed = page.getByTestId('elapsed');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.waitForTimeout(1_500);
    await expect(elapsed).toHaveText('0:00');

    await page.keyboard.press('ArrowRight');
    await expect(elapsed).toHaveText('0:01', { timeout: 3_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'trade',
    );
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();

    // From the keyboard, Space still presses the focused button.
    await page.getByRole('button', { name: 'Resume' }).focus();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'trade',
    );
  });
});

test.describe('presenter console drives the audience window', () => {
  test('both directions stay in step, and the notes language can differ', async ({ context }) => {
    const audience = await context.newPage();
    await audience.goto('/?lang=fr&mode=present#/title');
    await waitForDeckReady(audience);
    const presenter = await context.newPage();
    await presenter.goto('/?lang=fr&mode=presenter#/title');
    await waitForDeckReady(presenter);

    await presenter.keyboard.press('ArrowRight');
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'timeline');
    await presenter.getByRole('button', { name: /^5\. / }).click();
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'investment');

    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'visits',
    );

    const notes = presenter.getByTestId('notes');
    await expect(notes).toHaveAttribute('lang', 'fr');
    await presenter.getByLabel('Langue des notes').selectOption('kk');
    await expect(notes).toHaveAttribute('lang', 'kk');
    await expect(notes).toContainText(/[әғқңөұүі]/);
    await expect(audience.locator('html')).toHaveAttribute('lang', 'fr');

    // A reloaded audience window catches up instead of dragging the presenter back.
    await audience.reload();
    await waitForDeckReady(audience);
    await expect(currentSlide(audience)).toHaveAttribute('data-slide-id', 'visits');
    await expect(presenter.locator('.presenter__current [aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'visits',
    );
  });
});
