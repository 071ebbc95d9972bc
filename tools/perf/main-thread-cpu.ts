import type { Browser } from 'playwright-core';

/**
 * The CPU time a page's main thread spends from navigation until the deck says it is ready,
 * read from a Chromium trace (each task's thread time). On a shared machine a page's wall
 * time stretches with everyone else's load; its own CPU time far less, so this is the figure
 * to compare when the machine is busy. Tracing itself costs a little, alike for every page.
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** The user-timing mark the traced page sets when the deck is ready. */
export const READY_MARK = 'bench-deck-ready';

/** A page script that marks the moment `data-deck-ready` turns "true" (a user-timing mark). */
function markReadyScript(mark: string): string {
  return `
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.deckReady !== 'true') return;
      performance.mark('${mark}');
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
  `;
}

/**
 * The complete events of the page's renderer main thread from navigation up to `mark`, or
 * undefined when the page never set it.
 */
export function mainThreadUntil(
  events: readonly TraceEvent[],
  mark = READY_MARK,
): TraceEvent[] | undefined {
  const ready = events.find((e) => e.name === mark);
  if (!ready) return undefined;
  const main = events.find(
    (e) => e.pid === ready.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  return events.filter(
    (e) => e.pid === ready.pid && e.tid === main?.tid && e.ph === 'X' && e.ts <= ready.ts,
  );
}

/** Sums the thread time of the renderer main thread's tasks up to the ready mark, in ms. */
export function cpuUntilReady(events: readonly TraceEvent[]): number {
  const main = mainThreadUntil(events);
  if (!main) return Number.NaN;
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/** One cold load of `url` in a context of its own, traced until the deck is ready. */
export async function tracedColdLoad(
  browser: Browser,
  url: string,
  categories: readonly string[],
): Promise<TraceEvent[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript({ content: markReadyScript(READY_MARK) });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: [...categories] });
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    return trace.traceEvents;
  } finally {
    await context.close();
  }
}

/** One cold load of `url` in a context of its own, traced: its main thread's CPU ms. */
export async function coldLoadCpu(browser: Browser, url: string): Promise<number> {
  return cpuUntilReady(await tracedColdLoad(browser, url, ['toplevel', 'blink.user_timing']));
}
