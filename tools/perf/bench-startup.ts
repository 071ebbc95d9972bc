// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median } from './bench-stats.ts';
import { coldLoadCpu } from './main-thread-cpu.ts';
import { HYDRATION_FAILED, removeReactFloor, writeReactFloor } from './react-floor.ts';
import { writeRevealDeck } from './reveal-deck.ts';
import { withoutScripts } from './static-copy.ts';

/**
 * Start-up figures of `npm run bench`: navigation → `html[data-deck-ready="true"]`, read from
 * the page's own clock. Cold is what a user waits for when the app launches or a kiosk
 * restarts: a new browser context for every load (a new renderer, an empty HTTP and code
 * cache). Warm reloads one page, as the figure before issue 16 did. Beside them, a static copy
 * of the rendered title slide (no script), the same thirteen slides as a reveal.js deck with
 * Chart.js (reveal-deck.ts), and React's floor for the title slide: its elements rendered, or
 * hydrated from the page's HTML, by React alone (react-floor.ts). All are served by the same
 * server and loaded in turn, so that the machine's load at any moment weighs on each alike. On
 * a busy machine wall times stretch with the load; the main thread's CPU time until ready
 * (main-thread-cpu.ts) far less.
 */

/**
 * Runs in every page before its own scripts: notes the moment the deck first says it is
 * ready, and the moment the page has loaded with its fonts.
 */
const NOTE_READY = `
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.deckReady !== 'true') return;
    window.benchDeckReadyAt = performance.now();
    observer.disconnect();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
  addEventListener('load', () =>
    document.fonts.ready.then(() => (window.benchLoadedAt = performance.now())),
  );
`;

type Ready = 'deck' | 'load';

interface Target {
  readonly label: string;
  /** The label of its row of single runs. */
  readonly short: string;
  readonly path: string;
  readonly ready: Ready;
}

const VIEWPORT = { width: 1920, height: 1080 };

async function readyAt(page: Page, url: string, ready: Ready): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const name = ready === 'deck' ? 'benchDeckReadyAt' : 'benchLoadedAt';
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, number | undefined>)[key],
    name,
  );
  return (await handle.jsonValue()) as number;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NOTE_READY });
  return context;
}

/** One load in a context of its own, closed afterwards: nothing cached, nothing compiled. */
async function coldLoad(browser: Browser, url: string, ready: Ready): Promise<number> {
  const context = await newContext(browser);
  try {
    return await readyAt(await context.newPage(), url, ready);
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(0).padStart(4)} ms`;

/** Measures and prints the start-up table; the static copy and reveal deck are removed after. */
export async function benchStartup(
  browser: Browser,
  base: string,
  rendererDir: string,
  runs: number,
): Promise<void> {
  // The comparison deck and the static copy are served from the renderer's folder.
  const revealDir = join(rendererDir, 'bench-reveal');
  const revealPage = writeRevealDeck(revealDir, 'fr');
  const setup = await newContext(browser);
  const setupPage = await setup.newPage();
  await readyAt(setupPage, `${base}?lang=fr#/title`, 'deck');
  writeFileSync(join(rendererDir, 'bench-static.html'), await withoutScripts(setupPage));
  const reactFloor = await writeReactFloor(setupPage, rendererDir, { name: 'bench-react' });
  const hydrateFloor = await writeReactFloor(setupPage, rendererDir, {
    name: 'bench-react-hydrate',
    hydrate: true,
  });
  await setup.close();

  const targets: Target[] = [
    {
      label: 'app, present (fr, title slide)',
      short: 'present',
      path: '?lang=fr#/title',
      ready: 'deck',
    },
    {
      label: 'app, kiosk (?mode=kiosk)',
      short: 'kiosk',
      path: '?lang=fr&mode=kiosk#/title',
      ready: 'deck',
    },
    {
      label: 'reveal.js + Chart.js, same slides',
      short: 'reveal.js',
      path: `bench-reveal/${revealPage}#/title`,
      ready: 'deck',
    },
    {
      label: 'React alone, same view (floor)',
      short: 'React',
      path: reactFloor,
      ready: 'deck',
    },
    {
      label: 'React hydrating it (prerendered)',
      short: 'hydrate',
      path: hydrateFloor,
      ready: 'deck',
    },
    {
      label: 'static copy of the title slide',
      short: 'static',
      path: 'bench-static.html',
      ready: 'load',
    },
  ];
  const cold = targets.map(() => [] as number[]);
  const warm = targets.map(() => [] as number[]);
  const cpu = targets.map(() => [] as number[]);
  try {
    // A hydration that does not match falls back to rendering anew: that is not the floor.
    const check = await newContext(browser);
    const checkPage = await check.newPage();
    await readyAt(checkPage, base + hydrateFloor, 'deck');
    const failed = await checkPage.evaluate(
      (key) => Reflect.get(window, key) as unknown,
      HYDRATION_FAILED,
    );
    await check.close();
    if (failed) throw new Error(`the hydrating floor page did not hydrate: ${String(failed)}`);

    // Cold loads, interleaved target by target.
    for (let run = 0; run < runs; run += 1) {
      for (const [i, target] of targets.entries()) {
        cold[i]?.push(await coldLoad(browser, base + target.path, target.ready));
      }
    }
    // Warm: one page per target, reloaded (HTTP cache and compiled code kept), also in turn.
    const contexts = await Promise.all(targets.map(() => newContext(browser)));
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    for (let run = 0; run <= runs; run += 1) {
      for (const [i, target] of targets.entries()) {
        const page = pages[i] as Page;
        await page.goto('about:blank');
        const time = await readyAt(page, base + target.path, target.ready);
        if (run > 0) warm[i]?.push(time); // the first load fills the caches
      }
    }
    await Promise.all(contexts.map((context) => context.close()));
    // The decks' main-thread CPU time to ready, cold and traced, in turn as well.
    for (let run = 0; run < runs; run += 1) {
      for (const [i, target] of targets.entries()) {
        if (target.ready === 'deck') cpu[i]?.push(await coldLoadCpu(browser, base + target.path));
      }
    }
  } finally {
    rmSync(join(rendererDir, 'bench-static.html'), { force: true });
    rmSync(revealDir, { recursive: true, force: true });
    removeReactFloor(rendererDir, 'bench-react');
    removeReactFloor(rendererDir, 'bench-react-hydrate');
  }

  const reveal = median(cold[2] ?? []);
  const revealCpu = median(cpu[2] ?? []);
  console.log(
    `start-up, navigation → data-deck-ready (static copy: load + fonts), median of ${runs}, loads interleaved:`,
  );
  console.log(
    `  ${''.padEnd(36)}  cold (new context)   warm (reload)   cold ÷ reveal.js   main-thread CPU, cold ÷ reveal.js`,
  );
  for (const [i, target] of targets.entries()) {
    const c = median(cold[i] ?? []);
    const own = median(cpu[i] ?? []);
    const cpuText = target.ready === 'deck' ? `${ms(own)} ${(own / revealCpu).toFixed(2)}×` : '—';
    console.log(
      `  ${target.label.padEnd(36)}  ${ms(c)}            ${ms(median(warm[i] ?? []))}         ${(c / reveal).toFixed(2)}×            ${cpuText}`,
    );
  }
  console.log(
    `  cold, every run (ms): ${targets.map((t, i) => `${t.short}: ${(cold[i] ?? []).map((v) => v.toFixed(0)).join(' ')}`).join('; ')}`,
  );
  console.log('  target: the app cold at or below reveal.js cold (aim 0.8×)');
}
