// Type-checked with tsconfig.e2e.json (Node and DOM): parts of it run in the page.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { ensureBuilt } from '../../scripts/ensure-build.ts';
import { serveOnLoopback } from '../../scripts/static-server.ts';
import { coldLoadsByKind } from './main-thread-kinds.ts';
import { writeRevealDeck } from './reveal-deck.ts';
import { selfTimeByNode, type CpuProfile } from './source-modules.ts';

// `npm run bench:profile -- [query]`: where one cold start's time goes (docs/BENCHMARKS.md).
// One load in a fresh browser context with V8's sampling profiler on: the page's resource
// timings and milestones, then the functions with the most self time, and the time by script;
// then five traced cold loads of it and of the bench's reveal.js deck, main-thread time by kind.
// The query defaults to the bench's present-mode URL (`?lang=fr#/title`).

const query = process.argv[2] ?? '?lang=fr#/title';
const root = fileURLToPath(new URL('../..', import.meta.url));
if (!ensureBuilt(root, console.log)) process.exit(1);
const server = await serveOnLoopback(join(root, 'out', 'renderer'));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.base + query);
  await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]);
    const resources = performance
      .getEntriesByType('resource')
      .map((r) => r as PerformanceResourceTiming)
      .map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd]);
    return {
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      paint,
      resources,
    };
  });
  console.log(`Cold load of ${query}, Chromium ${browser.version()}`);
  for (const [name, start, end] of timeline.resources) {
    console.log(
      `  ${String(name).padEnd(60)} ${Number(start).toFixed(0).padStart(5)} → ${Number(end).toFixed(0).padStart(5)} ms`,
    );
  }
  for (const [name, at] of timeline.paint) console.log(`  ${name}: ${Number(at).toFixed(0)} ms`);
  console.log(
    `  DOMContentLoaded: ${timeline.domContentLoaded.toFixed(0)} ms; load: ${timeline.load.toFixed(0)} ms`,
  );

  const selfTime = selfTimeByNode(profile);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const script = url.replace(server.base, '') || '(native / no script)';
    const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byScript.set(script, (byScript.get(script) ?? 0) + time);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(
    `Profiled ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms; self time by script:`,
  );
  for (const [script, time] of top(byScript, 8))
    console.log(`  ${time.toFixed(1).padStart(7)} ms  ${script}`);
  console.log('Functions with the most self time:');
  for (const [name, time] of top(byFunction, 25))
    console.log(`  ${time.toFixed(1).padStart(7)} ms  ${name}`);
  await context.close();

  // The same load by kind of work, beside the reveal.js deck of the bench (reveal-deck.ts).
  const revealDir = join(root, 'out', 'renderer', 'bench-reveal');
  const revealPage = writeRevealDeck(revealDir, 'fr');
  try {
    const runs = 5;
    const app = await coldLoadsByKind(browser, server.base + query, runs);
    const reveal = await coldLoadsByKind(
      browser,
      `${server.base}bench-reveal/${revealPage}#/title`,
      runs,
    );
    const sum = (kinds: Map<string, number>) => [...kinds.values()].reduce((a, b) => a + b, 0);
    console.log(`Main-thread time to ready by kind, traced cold loads (mean of ${runs}):`);
    console.log(`  ${''.padEnd(36)} ${'app'.padStart(8)} ${'reveal.js'.padStart(10)}`);
    const kinds = [...new Set([...app.keys(), ...reveal.keys()])].sort(
      (a, b) => (app.get(b) ?? 0) - (app.get(a) ?? 0),
    );
    for (const kind of [...kinds, 'all']) {
      const [mine, theirs] =
        kind === 'all' ? [sum(app), sum(reveal)] : [app.get(kind) ?? 0, reveal.get(kind) ?? 0];
      console.log(
        `  ${kind.padEnd(36)} ${mine.toFixed(1).padStart(5)} ms ${theirs.toFixed(1).padStart(7)} ms`,
      );
    }
  } finally {
    rmSync(revealDir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  server.close();
}
