/**
 * `npm run soak`: the kiosk for hours in minutes. Serves the built renderer on loopback,
 * opens `?mode=kiosk` in Chromium, watches N slide changes, and compares the JS heap (after
 * a forced garbage collection) before and after. Options and figures: soak-options.ts.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { ensureBuilt } from '../../scripts/ensure-build.ts';
import {
  grownMost,
  shortNativeName,
  type NameTally,
  splitV8Heap,
  takeHeapSnapshot,
  tallyByName,
} from './heap-snapshot.ts';
import {
  EMPTY_TALLY,
  SOAK_USAGE,
  heapTrend,
  parseSoakOptions,
  readingPlan,
  snapshotReadings,
  soakUrl,
  tallyShown,
  v8Switches,
  V8_MODES,
} from './soak-options.ts';
import { createStaticServer } from '../../scripts/static-server.ts';
import { OUTLINE } from '../../core/outline.ts';

/** Arriving at the deck's first slide again ends a loop. */
const FIRST_SLIDE = OUTLINE[0].id;

const parsed = parseSoakOptions(process.argv.slice(2));
if (parsed.kind === 'help') {
  console.log(SOAK_USAGE);
  process.exit(0);
}
if (parsed.kind === 'error') {
  console.error(`npm run soak: ${parsed.message}\n\n${SOAK_USAGE}`);
  process.exit(2);
}
const { options } = parsed;

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!ensureBuilt(root, (line) => console.log(`npm run soak: ${line}`))) process.exit(1);

interface HeapFigures {
  /** V8's heap: JavaScript objects and compiled code. */
  readonly used: number;
  /** Blink's own garbage-collected heap (DOM, style, layout): a leak there is not in `used`. */
  readonly blink: number;
  readonly nodes: number;
  readonly listeners: number;
}

/** JS and Blink heaps in use and DOM counters after a full garbage collection. */
async function measure(cdp: CDPSession): Promise<HeapFigures> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    used: heap.usedSize,
    blink: heap.embedderHeapUsedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

/** How long after the sampled slide arrives its heap reading starts. */
const SETTLE_MS = 250;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Runs in the page before the app: reports each change of the shown slide (and language)
 * to the soak. A string, because tools/ is type-checked without the DOM library.
 */
const WATCH_SHOWN_SLIDE = `
  let last = '';
  const report = () => {
    const id = document
      .querySelector('[data-slide-id][aria-current="true"]')
      ?.getAttribute('data-slide-id');
    const lang = document.documentElement.lang;
    if (!id || id + ' ' + lang === last) return;
    last = id + ' ' + lang;
    window.soakShown(id, lang);
  };
  new MutationObserver(report).observe(document, {
    subtree: true,
    childList: true,
    attributeFilter: ['aria-current', 'lang'],
  });
`;

const server = createStaticServer(join(root, 'out', 'renderer'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const launch = chromiumLaunchOptions();
const browser = await chromium.launch({
  ...launch,
  args: [...launch.args, ...v8Switches(options.v8)],
  headless: true,
});

let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  let tally = EMPTY_TALLY;
  let progressed = () => {};
  await page.exposeFunction('soakShown', (id: string, lang: string) => {
    tally = tallyShown(tally, id, lang, FIRST_SLIDE);
    progressed();
  });
  await page.addInitScript({ content: WATCH_SHOWN_SLIDE });

  // A kiosk that stops advancing for ten dwells (or 15 s) has stalled.
  const stallMs = Math.max(options.dwell * 10_000, 15_000);
  let stalled = false;
  let announced = 0;
  /** Resolves once `target` slide changes have been counted, or the kiosk stalled. */
  const reach = (target: number, progress: boolean) =>
    new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout>;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stalled = true;
          resolve();
        }, stallMs);
      };
      progressed = () => {
        if (tally.transitions >= target) {
          clearTimeout(timer);
          resolve();
          return;
        }
        arm();
        // A new language on the first slide is reported too, with the same count.
        if (progress && tally.transitions % 100 === 0 && tally.transitions !== announced) {
          announced = tally.transitions;
          console.log(`  ${tally.transitions} transitions…`);
        }
      };
      arm();
    });

  const url = soakUrl(base, options);
  console.log(
    `Soaking ${url} for ${options.transitions} transitions${V8_MODES[options.v8].label}…`,
  );
  await page.goto(url);
  // The first change of slide: the app has started, its fonts are in, the loop is running.
  // (deckReady is not waited for: at a short dwell a slide can go before its charts finish.)
  await reach(1, false);
  const cdp = await page.context().newCDPSession(page);
  const before = await measure(cdp);
  tally = { ...EMPTY_TALLY, last: tally.last };
  const started = performance.now();
  // Every slide once in every language: what a kiosk keeps for good (fonts, translations,
  // chart code). Growth after that point is what would accumulate over days.
  const { warmUp, marks } = readingPlan(options.transitions, OUTLINE.length * options.langs.length);
  if (!stalled) await reach(warmUp, true);
  const warm = await measure(cdp);
  // The heap once a rotation, always on the same slide in the same language, so that samples
  // compare, and at the same moment after it arrives (half a default dwell, so that the
  // reading is done before the kiosk moves on). A single reading still swings with what the
  // slide is doing; a leak shows as a trend through all of them.
  // Some readings also split V8's heap (from a snapshot) into compiled code and the rest.
  const samples: { x: number; figures: HeapFigures }[] = [];
  const split: { x: number; compiled: number; objects: number }[] = [];
  const snapshotAt = snapshotReadings(marks.length);
  // Native (mostly Blink) objects by name in the first and the last snapshot, so that growth
  // of Blink's heap comes with the names of what grew.
  let firstNatives: Map<string, NameTally> | undefined;
  let lastNatives: Map<string, NameTally> | undefined;
  for (const [index, mark] of marks.entries()) {
    await reach(mark, true);
    if (stalled) break;
    await page.waitForTimeout(SETTLE_MS);
    samples.push({ x: tally.transitions, figures: await measure(cdp) });
    if (snapshotAt.has(index)) {
      const snapshot = await takeHeapSnapshot(cdp);
      split.push({ x: tally.transitions, ...splitV8Heap(snapshot) });
      lastNatives = tallyByName(snapshot, 'native');
      firstNatives ??= lastNatives;
    }
  }
  if (!stalled) await reach(options.transitions, true);
  const elapsed = (performance.now() - started) / 1000;
  const seen = tally;
  const after = await measure(cdp);

  console.log('');
  console.log(`transitions      ${seen.transitions}${stalled ? ' (STALLED)' : ''}`);
  console.log(`loops            ${seen.loops}`);
  console.log(`languages seen   ${seen.languages.join(', ')}`);
  console.log(`elapsed          ${elapsed.toFixed(1)} s`);
  for (const [label, key] of [
    ['JS heap   ', 'used'],
    ['Blink heap', 'blink'],
  ] as const) {
    console.log(
      `${label}       ${megabytes(before[key])} cold → ${megabytes(warm[key])} warm (every slide in every language once) → ${megabytes(after[key])} at the end (after forced GC)`,
    );
  }
  const series = [
    ['JS heap   ', samples.map(({ x, figures }) => ({ x, y: figures.used }))],
    ['Blink heap', samples.map(({ x, figures }) => ({ x, y: figures.blink }))],
    ['JS objects', split.map(({ x, objects }) => ({ x, y: objects }))],
    ['JS code   ', split.map(({ x, compiled }) => ({ x, y: compiled }))],
  ] as const;
  if (split.length > 0) {
    console.log(
      `JS objects and JS code: V8's heap split by ${split.length} heap snapshots among the readings — the app's objects, strings, closures and shapes, apart from the code V8 compiles as functions get hot (machine code, bytecode, feedback)`,
    );
  }
  for (const [label, readings] of series) {
    const trend = heapTrend(readings);
    if (!trend) continue;
    console.log(
      `${label} trend ${trend.growth} % over the run (least-squares line through ${readings.length} readings on the same slide and language, ${megabytes(trend.start)} → ${megabytes(trend.end)})`,
    );
    console.log(
      `${label} tenths ${trend.tenths.map(megabytes).join(', ')} (median of each tenth of the readings)`,
    );
    if (trend.halves) {
      console.log(
        `${label} halves ${trend.halves[0]} % then ${trend.halves[1]} % (each half of the readings fitted on its own)`,
      );
    }
  }
  if (firstNatives && lastNatives && split.length > 1) {
    const grown = grownMost(firstNatives, lastNatives)
      .map(
        ({ name, count, bytes }) =>
          `${shortNativeName(name)} +${count} (+${(bytes / 1024).toFixed(1)} KB)`,
      )
      .join(', ');
    console.log(
      `Native objects (Blink's, and V8's "system /" bookkeeping) that grew most, first to last snapshot: ${grown || 'none'}`,
    );
  }
  const first = samples[0]?.figures;
  const last = samples.at(-1)?.figures;
  if (first && last) {
    console.log(
      `DOM nodes        ${first.nodes} → ${last.nodes} (first and last same-slide reading)`,
    );
    console.log(`JS listeners     ${first.listeners} → ${last.listeners}`);
  }
  console.log(`console errors   ${errors.length}`);
  for (const error of errors) console.log(`  ${error}`);
  if (errors.length > 0 || stalled) exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
