import type { Browser } from 'playwright-core';

/**
 * The CPU time a page's main thread spends from navigation until the deck says it is ready,
 * read from a Chromium trace (each task's thread time). On a shared machine a page's wall
 * time stretches with everyone else's load; its own CPU time far less, so this is the figure
 * to compare when the machine is busy. Tracing itself costs a little, alike for every page.
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

const READY_MARK = 'bench-deck-ready';

/** A page script that marks the moment `data-deck-ready` turns "true" (a user-timing mark). */
export function markReadyScript(mark: string): string {
  return `
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.deckReady !== 'true') return;
      performance.mark('${mark}');
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
  `;
}

/** Sums the thread time of the renderer main thread's tasks up to the ready mark, in ms. */
export function cpuUntilReady(events: readonly TraceEvent[]): number {
  const mark = events.find((e) => e.name === READY_MARK);
  if (!mark) return Number.NaN;
  const main = events.find(
    (e) => e.pid === mark.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  return (
    events
      .filter(
        (e) =>
          e.pid === mark.pid &&
          e.tid === main?.tid &&
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.ts <= mark.ts,
      )
      .reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
  );
}

/** One cold load of `url` in a context of its own, traced: its main thread's CPU ms. */
export async function coldLoadCpu(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript({ content: markReadyScript(READY_MARK) });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    return cpuUntilReady(trace.traceEvents);
  } finally {
    await context.close();
  }
}
