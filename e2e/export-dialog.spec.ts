import { expect, test } from '@playwright/test';
import { openDeck } from './helpers.ts';

// File → Export… as the renderer shows it. The desktop shell is replaced by a stand-in
// bridge (the Electron runtime is absent here): the first export fails as an unwritable
// folder would, the second succeeds.
test.describe('export dialog', () => {
  test('asks for language, layout, paper and slides a page, shows progress and every outcome', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const requests: unknown[] = [];
      const listeners = new Set<(c: { type: string }) => void>();
      Object.defineProperty(window, 'exportRequests', { value: requests });
      Object.defineProperty(window, 'sendCommand', {
        value: (c: { type: string }) => listeners.forEach((listener) => listener(c)),
      });
      Object.defineProperty(window, 'briefing', {
        value: {
          shell: 'electron',
          getSettings: async () => ({ language: 'fr' }),
          setLanguage: async () => undefined,
          exportPdf: async (request: unknown) => {
            requests.push(request);
            await new Promise((done) => setTimeout(done, 300));
            return requests.length === 1
              ? { ok: false, error: 'unwritable', message: 'EACCES' }
              : { ok: true, path: '/home/user/briefing-kk-slides.pdf' };
          },
          // The deck arrives built: what main would check and write, recorded.
          exportPptx: async ({ language, deck }: { language: string; deck: Uint8Array }) => {
            requests.push({ language, zip: [...deck.subarray(0, 4)], size: deck.byteLength });
            return { ok: true, path: `/home/user/briefing-${language}.pptx` };
          },
          toggleFullScreen: async () => undefined,
          onCommand: (listener: (c: { type: string }) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          goToSlide: async () => undefined,
          getPosition: async () => ({ index: 0 }),
          onPosition: () => () => undefined,
          reportAudienceDesign: async () => undefined,
          exitKiosk: async () => ({ ok: false, reason: 'not-kiosk' }),
        },
      });
    });
    await openDeck(page, '/?lang=fr');
    await page.evaluate(() =>
      (window as unknown as { sendCommand: (c: { type: string }) => void }).sendCommand({
        type: 'export',
      }),
    );
    const dialog = page.getByRole('dialog', { name: 'Exporter' });
    await expect(dialog).toBeVisible();
    const perPage = dialog.getByRole('group', { name: 'Diapositives par page (document)' });
    await expect(perPage).toBeVisible();
    await dialog.getByLabel('Қазақша').check();
    await dialog.getByLabel('Diapositives, une par page').check();
    // Slides a page belong to the handout only.
    await expect(perPage).toBeHidden();
    await dialog.getByLabel('Letter').check();
    await dialog.getByRole('button', { name: 'Exporter…' }).click();
    await expect(dialog.getByRole('status')).toContainText('Export du PDF en cours');
    await expect(dialog.getByRole('alert')).toHaveText(
      'Impossible d’écrire dans ce dossier. Choisissez un autre emplacement.',
    );
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();

    // From the on-screen control this time; the deck behind does not move meanwhile.
    await page.mouse.move(600, 600);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-slide-id][aria-current="true"]')).toHaveAttribute(
      'data-slide-id',
      'title',
    );
    await perPage.getByLabel('3').check();
    await dialog.getByRole('button', { name: 'Exporter…' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'PDF enregistré\u00a0: /home/user/briefing-kk-slides.pdf',
    );
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    // PowerPoint: the deck is built in the page (the builder's own script loads on demand,
    // under the page's CSP) and handed over whole; paper and layout do not apply.
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    await dialog.getByRole('radio', { name: /^PowerPoint/ }).check();
    await expect(dialog.getByRole('group', { name: 'Mise en page' })).toBeHidden();
    await expect(
      dialog.getByRole('group', { name: 'Format du papier (document à distribuer)' }),
    ).toBeHidden();
    await dialog.getByLabel('Қазақша').check();
    await dialog.getByRole('button', { name: 'Exporter…' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'Présentation PowerPoint enregistrée\u00a0: /home/user/briefing-kk.pptx',
    );
    const requests = await page.evaluate(
      () => (window as unknown as { exportRequests: unknown[] }).exportRequests,
    );
    expect(requests.slice(0, 2)).toEqual([
      { language: 'kk', layout: 'slides', paper: 'Letter', perPage: 1 },
      { language: 'fr', layout: 'handout', paper: 'A4', perPage: 3 },
    ]);
    expect(requests[2]).toMatchObject({ language: 'kk', zip: [0x50, 0x4b, 0x03, 0x04] });
    expect((requests[2] as { size: number }).size).toBeGreaterThan(100_000);
  });

  test('in a plain browser the control explains where exports are made', async ({ page }) => {
    await openDeck(page, '/?lang=en');
    await page.mouse.move(600, 600);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'npm run handout' })).toBeVisible();
  });
});
