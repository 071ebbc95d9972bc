// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { Language } from '../../core/languages.ts';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { ensureBuilt } from '../../scripts/ensure-build.ts';
import { median } from './bench-stats.ts';
import { inParallel, renderPdf } from '../../scripts/pdf-render.ts';
import { localeResources, writePptxDeck } from '../../scripts/pptx-decks.ts';
import { briefingMetadata, finishPdfCounted } from '../../scripts/pdf-metadata.ts';
import { OUTLINE_SELECTOR, parseOutline } from '../../core/pdf-outline.ts';
import { serveOnLoopback } from '../../scripts/static-server.ts';
import { removeReactFloor, writeReactFloor } from './react-floor.ts';
import { withoutScripts } from './static-copy.ts';

// `npm run bench:pdf`: how long a handout export takes, beside the floor for this engine —
// Chromium printing a static snapshot of the very same pages (no app code, no charts to
// draw, fonts already named) — and the three PowerPoint decks beside the three PDFs. Beside
// them, React's own floor: the same pages as React elements rendered by React alone, then
// printed (react-floor.ts), i.e. what the app's framework costs before any app code, i18next
// or Recharts. Prints figures; it is not a test.

const LANGS: readonly Language[] = ['en', 'fr', 'kk'];
const RUNS = 3;
const root = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = join(root, 'out', 'renderer');
if (!ensureBuilt(root, console.log)) process.exit(1);

const server = await serveOnLoopback(rendererDir);
const { base } = server;
const out = (lang: Language) => join(tmpdir(), `bench-pdf-${process.pid}-${lang}.pdf`);
const url = (lang: Language) => `${base}?lang=${lang}&mode=print&layout=handout`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The export as `npm run handout` does it: load the app, wait for it to draw, print. */
function exportPdf(browser: Browser, lang: Language) {
  return renderPdf(browser, url(lang), { path: out(lang), layout: 'handout', paper: 'A4' });
}

/** The rendered DOM of the handout, scripts removed: what Chromium prints, as static HTML. */
async function snapshot(browser: Browser, lang: Language): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url(lang));
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const file = `bench-snapshot-${lang}.html`;
  writeFileSync(join(rendererDir, file), await withoutScripts(page));
  await page.close();
  return file;
}

const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true };

/** Milliseconds of each part of a print: loading (and drawing), Chromium's print, finishing. */
interface Parts {
  load: number;
  print: number;
  finish: number;
}

/**
 * Loads a copy of the handout and prints it: the static copy once its fonts are loaded, React's
 * copy (react-floor.ts) once it says it is ready.
 */
async function printCopy(
  browser: Browser,
  file: string,
  lang: Language,
  ready: 'fonts' | 'deck',
): Promise<Parts> {
  const page = await browser.newPage();
  const start = performance.now();
  await page.goto(`${base}${file}`);
  if (ready === 'deck') {
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  } else {
    await page.evaluate(() => document.fonts.ready);
  }
  const loaded = performance.now();
  await page.pdf({ path: out(lang), ...PDF_OPTIONS });
  const printed = performance.now();
  await page.close();
  return { load: loaded - start, print: printed - loaded, finish: 0 };
}

const REACT_FLOOR = 'bench-react-print-fr';

/** The export's steps as renderPdf takes them, each timed: where the time above the floor goes. */
async function exportParts(browser: Browser, lang: Language): Promise<Parts> {
  const page = await browser.newPage();
  const start = performance.now();
  await page.goto(url(lang));
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const outline = parseOutline(await page.locator(OUTLINE_SELECTOR).textContent());
  const loaded = performance.now();
  const pdf = await page.pdf(PDF_OPTIONS);
  const printed = performance.now();
  await finishPdfCounted(
    pdf,
    briefingMetadata({ language: lang, heading: '', layout: 'handout', outline }),
  );
  const finished = performance.now();
  await page.close();
  return { load: loaded - start, print: printed - loaded, finish: finished - printed };
}

const pptxDir = mkdtempSync(join(tmpdir(), 'bench-pptx-'));
const resources = localeResources(root);
/** The three decks as the CLI writes them, in this process (no Node start-up). */
async function exportPptx() {
  for (const lang of LANGS) await writePptxDeck(resources, lang, join(pptxDir, `${lang}.pptx`));
}
/** The whole command a user types, Node's start and the builder's loading included. */
function pptxCommand() {
  execFileSync(
    process.execPath,
    ['scripts/handout.ts', '--format', 'pptx', '--lang', 'all', '--out', `${pptxDir}/`],
    { cwd: root, stdio: 'ignore' },
  );
}

const browser = await chromium.launch(chromiumLaunchOptions());
const snapshots: string[] = [];
try {
  await exportPdf(browser, 'fr'); // warm-up: first launch costs are not the export's
  await exportPptx();
  for (const lang of LANGS) snapshots.push(await snapshot(browser, lang));
  const handout = await browser.newPage();
  await handout.goto(url('fr'));
  await handout.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const reactFloor = await writeReactFloor(handout, rendererDir, { name: REACT_FLOOR });
  await handout.close();

  const figures = {
    oneExport: [] as number[],
    oneFloor: [] as number[],
    allSequential: [] as number[],
    allParallel: [] as number[],
    floorSequential: [] as number[],
    floorParallel: [] as number[],
    pptxAll: [] as number[],
    pptxCommand: [] as number[],
    exportParts: [] as Parts[],
    floorParts: [] as Parts[],
    reactParts: [] as Parts[],
  };
  const floorOf = (lang: Language) =>
    printCopy(browser, `bench-snapshot-${lang}.html`, lang, 'fonts');
  for (let run = 0; run < RUNS; run += 1) {
    figures.oneExport.push(await timed(() => exportPdf(browser, 'fr')));
    figures.oneFloor.push(await timed(() => floorOf('fr')));
    figures.allSequential.push(
      await timed(async () => {
        for (const lang of LANGS) await exportPdf(browser, lang);
      }),
    );
    figures.floorSequential.push(
      await timed(async () => {
        for (const lang of LANGS) await floorOf(lang);
      }),
    );
    // As `npm run handout -- --lang all` does it: the three languages side by side.
    figures.allParallel.push(await timed(() => inParallel(LANGS, 3, (l) => exportPdf(browser, l))));
    figures.floorParallel.push(await timed(() => inParallel(LANGS, 3, floorOf)));
    figures.pptxAll.push(await timed(exportPptx));
    figures.pptxCommand.push(await timed(async () => pptxCommand()));
    figures.exportParts.push(await exportParts(browser, 'fr'));
    figures.floorParts.push(await floorOf('fr'));
    figures.reactParts.push(await printCopy(browser, reactFloor, 'fr', 'deck'));
  }
  const row = (label: string, exportMs: number[], floorMs: number[]) => {
    const e = median(exportMs);
    const f = median(floorMs);
    console.log(
      `${label.padEnd(40)} export ${e.toFixed(0).padStart(6)} ms   floor ${f.toFixed(0).padStart(6)} ms   ratio ${(e / f).toFixed(2)}×`,
    );
  };
  console.log(
    `PDF export, handout layout, A4; median of ${RUNS} runs; Chromium ${browser.version()}`,
  );
  row('one language (fr)', figures.oneExport, figures.oneFloor);
  row('three languages, one after another', figures.allSequential, figures.floorSequential);
  row('three languages side by side (the CLI)', figures.allParallel, figures.floorParallel);
  row('the CLI against the sequential floor', figures.allParallel, figures.floorSequential);
  console.log('target: all three languages under 1.5× the floor');
  const pdf = median(figures.allParallel);
  const pptx = median(figures.pptxAll);
  console.log(
    `PowerPoint, three languages (the builder, in Node)   ${pptx.toFixed(0).padStart(6)} ms   PDF handouts side by side ${pdf.toFixed(0).padStart(6)} ms   ratio ${(pptx / pdf).toFixed(2)}×`,
  );
  console.log(
    `npm run handout -- --format pptx --lang all, whole command (Node start included): ${median(figures.pptxCommand).toFixed(0)} ms`,
  );
  const part = (parts: Parts[], key: keyof Parts) => median(parts.map((p) => p[key])).toFixed(0);
  console.log(
    `one export (fr) by part, medians: load and draw ${part(figures.exportParts, 'load')} ms (floor: load ${part(figures.floorParts, 'load')} ms), Chromium's print ${part(figures.exportParts, 'print')} ms (floor ${part(figures.floorParts, 'print')} ms), finishing (pdf-lib) ${part(figures.exportParts, 'finish')} ms`,
  );
  console.log(
    `React alone building the same French pages, medians: load and draw ${part(figures.reactParts, 'load')} ms, Chromium's print ${part(figures.reactParts, 'print')} ms`,
  );
} finally {
  await browser.close();
  server.close();
  for (const file of snapshots) rmSync(join(rendererDir, file), { force: true });
  removeReactFloor(rendererDir, REACT_FLOOR);
  for (const lang of LANGS) rmSync(out(lang), { force: true });
  rmSync(pptxDir, { recursive: true, force: true });
}
