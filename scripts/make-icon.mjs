// Rasterises assets/icon.svg to the 1024×1024 assets/icon.png electron-builder packages.
// Run: node scripts/make-icon.mjs  (needs Debian's Chromium: apt-get install -y chromium)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';

const SIZE = 1024;
const svgPath = fileURLToPath(new URL('../assets/icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('../assets/icon.png', import.meta.url));

const executablePath = chromiumExecutable();
if (!executablePath) {
  console.error(
    'make-icon: no Chromium found. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const svg = await readFile(svgPath, 'utf8');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: SIZE, height: SIZE },
    deviceScaleFactor: 1,
  });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  await writeFile(pngPath, png);
  console.log(`make-icon: wrote ${pngPath} (${png.length} bytes)`);
} finally {
  await browser.close();
}
