import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.ts';
import { ensureBuilt } from './ensure-build.ts';
import { serveOnLoopback } from './static-server.ts';

// The README's pictures, made from the built renderer: `node scripts/readme-screenshot.ts`.
// A 720×1280 window shows the portrait design of a totem.
const LANDSCAPE = { width: 1280, height: 720 };
const SHOTS = [
  { file: 'screenshot-trade-fr.png', query: '?lang=fr#/trade', viewport: LANDSCAPE },
  { file: 'screenshot-title-kk.png', query: '?lang=kk#/title', viewport: LANDSCAPE },
  { file: 'screenshot-share-en.png', query: '?lang=en#/trade-share', viewport: LANDSCAPE },
  {
    file: 'screenshot-portrait-timeline-en.png',
    query: '?lang=en#/timeline',
    viewport: { width: 720, height: 1280 },
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
if (!ensureBuilt(root, console.log)) process.exit(1);
const server = await serveOnLoopback(join(root, 'out', 'renderer'));
const { base } = server;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const shot of SHOTS) {
  await page.setViewportSize(shot.viewport);
  await page.goto('about:blank');
  await page.goto(`${base}${shot.query}`);
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const path = join(root, 'docs', shot.file);
  await page.screenshot({ path });
  console.log(path);
}
await browser.close();
server.close();
