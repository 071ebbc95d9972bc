// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { benchStartup } from './bench-startup.ts';
import { median, percentile } from './bench-stats.ts';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { ensureBuilt } from '../../scripts/ensure-build.ts';
import { serveOnLoopback } from '../../scripts/static-server.ts';
import { SLIDE_IDS } from '../../core/ids.ts';

// `npm run bench`: the performance figures of docs/BENCHMARKS.md, from one run in Chromium
// on the built renderer. It prints figures; it asserts nothing (a timed test would flake).
//   --quick   fewer runs and a shorter soak, for a smoke check
//   --no-pdf-soak   start-up, page turns and sizes only, without the PDF and soak scripts
//   --startup   the start-up figures only

const quick = process.argv.includes('--quick');
const startupOnly = process.argv.includes('--startup');
const pdfAndSoak = !process.argv.includes('--no-pdf-soak') && !startupOnly;
const LOAD_RUNS = quick ? 3 : 9;
const TRANSITIONS = quick ? 40 : 150;
/** A fast presenter: about three page turns a second. */
const TURN_GAP_MS = 300;
const SOAK = quick ? 100 : 1000;
const root = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = join(root, 'out', 'renderer');
if (!ensureBuilt(root, console.log)) process.exit(1);

const server = await serveOnLoopback(rendererDir);
const { base } = server;
const browser = await chromium.launch(chromiumLaunchOptions());
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Page turns, then the bundle sizes (sections 2 and 3). */
async function pageTurnsAndSizes(): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });

  // 2. Transition latency: key press → the frame that shows the next slide, read when that
  // frame's animation-frame callbacks run (just before it is painted). That includes waiting
  // for the display's next frame, 0–16.7 ms at 60 Hz wherever the key lands, and the frame is
  // produced once the main thread is free. Two more figures separate the parts: the frame's
  // own time (the vsync it belongs to), and the app's work, key → new slide in the DOM.
  // The keys go back and forth through the deck, every press turning a page. The first pass
  // (each slide's first showing: fonts and chart code still arriving, code not yet compiled)
  // is reported on its own; the figures come from the passes after it.
  await page.goto(`${base}?lang=fr#/title`);
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    type Turn = { toFrame: number; toVsync: number; toDom: number };
    const w = window as unknown as { turns: Turn[] };
    w.turns = [];
    let current = 0;
    let changedAt = 0;
    window.addEventListener(
      'keydown',
      (event) => {
        const pressedAt = event.timeStamp;
        const turn = (current += 1);
        changedAt = 0;
        // Animation-frame callbacks run just before their frame is painted.
        const frame = (vsync: number) => {
          if (turn !== current) return;
          if (changedAt) {
            w.turns.push({
              toFrame: performance.now() - pressedAt,
              toVsync: vsync - pressedAt,
              toDom: changedAt - pressedAt,
            });
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      true,
    );
    new MutationObserver(() => {
      if (!changedAt) changedAt = performance.now();
    }).observe(document.getElementById('root') as Node, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-current'],
      childList: true,
    });
  });
  const pass = SLIDE_IDS.length - 1;
  for (let i = 0; i < pass + TRANSITIONS; i += 1) {
    await page.keyboard.press(i % (2 * pass) < pass ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(TURN_GAP_MS);
  }
  const turns = await page.evaluate(
    () =>
      (window as unknown as { turns: { toFrame: number; toVsync: number; toDom: number }[] }).turns,
  );
  const firstPass = turns.slice(0, pass);
  const measured = turns.slice(pass);
  const toFrame = measured.map((turn) => turn.toFrame);
  const toDom = measured.map((turn) => turn.toDom);
  const toVsync = measured.map((turn) => turn.toVsync);
  console.log(
    `slide transition, key → next frame (${measured.length} transitions, a key every ${TURN_GAP_MS} ms): p50 ${ms(percentile(toFrame, 50))}, p95 ${ms(percentile(toFrame, 95))} (target p95 ≤ 16.7 ms)`,
  );
  console.log(
    `  key → the display frame (vsync) that shows it: p50 ${ms(percentile(toVsync, 50))}, p95 ${ms(percentile(toVsync, 95))}; the app's part, key → new slide in the DOM: p50 ${ms(percentile(toDom, 50))}, p95 ${ms(percentile(toDom, 95))}`,
  );
  console.log(
    `  first showing of each slide (${firstPass.length}): key → next frame median ${ms(median(firstPass.map((turn) => turn.toFrame)))}, slowest ${ms(Math.max(...firstPass.map((turn) => turn.toFrame)))}`,
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
}

try {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Chromium ${browser.version()}`,
  );
  // 1. Start-up, cold and warm, beside a static copy and a reveal.js deck (bench-startup.ts).
  await benchStartup(browser, base, rendererDir, LOAD_RUNS);
  if (!startupOnly) await pageTurnsAndSizes();
} finally {
  await browser.close();
  server.close();
}

// 4 and 5. The PDF export against its floor, and the kiosk soak's heap (their own scripts).
for (const [script, args] of pdfAndSoak
  ? ([
      ['tools/perf/bench-pdf.ts', []],
      ['tools/perf/soak.ts', ['--transitions', String(SOAK)]],
    ] as const)
  : []) {
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
