// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { median, percentile } from './bench-stats.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { ensureBuilt } from './ensure-build.ts';
import { serveOnLoopback } from './static-server.ts';

// `npm run bench`: the performance figures of docs/BENCHMARKS.md, from one run in Chromium
// on the built renderer. It prints figures; it asserts nothing (a timed test would flake).
//   --quick   fewer runs and a shorter soak, for a smoke check

const quick = process.argv.includes('--quick');
const LOAD_RUNS = quick ? 3 : 9;
const TRANSITIONS = quick ? 40 : 150;
const SOAK = quick ? 100 : 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = join(root, 'out', 'renderer');
if (!ensureBuilt(root, console.log)) process.exit(1);

const server = await serveOnLoopback(rendererDir);
const { base } = server;
const browser = await chromium.launch(chromiumLaunchOptions());
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Milliseconds from navigation start until the page says it is ready. */
async function loadTime(page: Page, url: string, ready: 'deck' | 'load'): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: ready === 'deck' ? 'commit' : 'load' });
  if (ready === 'deck') {
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  } else {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  return page.evaluate(() => performance.now());
}

try {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Chromium ${browser.version()}`,
  );
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });

  // 1. Start-up: navigation → data-deck-ready, beside a static HTML copy of the same slide.
  const deckUrl = `${base}?lang=fr#/title`;
  await loadTime(page, deckUrl, 'deck');
  const snapshot = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  writeFileSync(join(rendererDir, 'bench-static.html'), snapshot);
  const deck: number[] = [];
  const staticCopy: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i += 1) {
    deck.push(await loadTime(page, deckUrl, 'deck'));
    staticCopy.push(await loadTime(page, `${base}bench-static.html`, 'load'));
  }
  rmSync(join(rendererDir, 'bench-static.html'), { force: true });
  const [d, s] = [median(deck), median(staticCopy)];
  console.log(
    `start-up to data-deck-ready (median of ${LOAD_RUNS}): ${ms(d)}; static copy of the slide: ${ms(s)}; ratio ${(d / s).toFixed(2)}×`,
  );

  // 2. Transition latency: key press → the first frame that shows the next slide.
  await page.goto(`${base}?lang=fr#/title`);
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[]; pressedAt: number };
    w.latencies = [];
    window.addEventListener('keydown', (event) => (w.pressedAt = event.timeStamp), true);
    new MutationObserver(() => {
      const pressedAt = w.pressedAt;
      if (!pressedAt) return;
      w.pressedAt = 0;
      // The animation-frame callback runs just before the frame with the new slide is painted.
      requestAnimationFrame(() => w.latencies.push(performance.now() - pressedAt));
    }).observe(document.getElementById('root') as Node, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-current'],
      childList: true,
    });
  });
  for (let i = 0; i < TRANSITIONS; i += 1) {
    await page.keyboard.press(i % 26 < 13 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(60);
  }
  const latencies = await page.evaluate(
    () => (window as unknown as { latencies: number[] }).latencies,
  );
  console.log(
    `slide transition, key → next frame (${latencies.length} transitions): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (target p95 ≤ 16.7 ms)`,
  );
  await page.close();

  // 3. Renderer JavaScript and CSS, gzipped: what index.html loads, and everything built.
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const gz = (file: string) => gzipSync(readFileSync(join(rendererDir, file))).length / 1024;
  const all = readdirSync(join(rendererDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const initialJs = initial.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const initialCss = initial.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
  const totalJs = all.reduce((n, f) => n + gz(f), 0);
  console.log(
    `renderer JavaScript, gzipped: initial ${initialJs.toFixed(1)} KB (target < 250 KB), total ${totalJs.toFixed(1)} KB; CSS ${initialCss.toFixed(1)} KB`,
  );
} finally {
  await browser.close();
  server.close();
}

// 4 and 5. The PDF export against its floor, and the kiosk soak's heap (their own scripts).
for (const [script, args] of [
  ['scripts/bench-pdf.ts', []],
  ['scripts/soak.ts', ['--transitions', String(SOAK)]],
] as const) {
  console.log(`\n$ node ${script} ${args.join(' ')}`);
  try {
    const output = execFileSync(process.execPath, [script, ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    console.log(output.trim());
  } catch (error) {
    console.log(`${script} failed: ${(error as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
