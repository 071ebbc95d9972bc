// Type-checked with tsconfig.e2e.json (Node and DOM), as the other profiling scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { serveOnLoopback } from '../../scripts/static-server.ts';
import {
  groupOfModule,
  MODULE_GROUPS,
  selfTimeByModule,
  type CpuProfile,
  type Locate,
} from './source-modules.ts';

// `npm run bench:modules -- [query] [--runs N]`: where the page's time goes by library and by
// module. Builds the renderer once more with source maps into a temporary folder (the app's
// own build has none), loads the query cold N times (default 7; the title slide in French
// unless a query is given, e.g. '?lang=fr&mode=print&layout=handout') with V8's sampling
// profiler on, and prints the self time of each module and of React, Recharts with its store,
// i18next and the app's own code. The profiler slows the page: read proportions, not times.

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of loads, at least 1');
  process.exit(2);
}
const rest = runsAt >= 0 ? [...args.slice(0, runsAt), ...args.slice(runsAt + 2)] : args;
const query = rest[0] ?? '?lang=fr#/title';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'briefing-profile-'));
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const built = spawnSync(process.execPath, [electronVite, 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BRIEFING_PROFILE_OUT: out },
});
if (built.status !== 0) {
  rmSync(out, { recursive: true, force: true });
  process.exit(1);
}

// One source map per script of the build, by file name.
const maps = new Map<string, SourceMap>();
for (const file of readdirSync(join(out, 'assets'))) {
  const path = join(out, 'assets', `${file}.map`);
  if (file.endsWith('.js') && existsSync(path)) {
    maps.set(file, new SourceMap(JSON.parse(readFileSync(path, 'utf8'))));
  }
}
const locate: Locate = (url, line, column) => {
  const map = maps.get(url.split('/').pop() ?? '');
  const entry = map?.findEntry(line, column);
  return entry && 'originalSource' in entry ? entry.originalSource : undefined;
};

const PROFILE_TO_READY = `
  console.profile('to-ready');
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.deckReady !== 'true') return;
    console.profileEnd('to-ready');
    observer.disconnect();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
`;

const server = await serveOnLoopback(out);
const browser = await chromium.launch(chromiumLaunchOptions());
const byModule = new Map<string, number>();
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // The page profiles itself from its first script to the moment it says it is ready, so
    // neither the wait for it nor what runs after (fetching the other fonts) is counted.
    await context.addInitScript({ content: PROFILE_TO_READY });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const finished = new Promise<CpuProfile>((resolve) =>
      cdp.once('Profiler.consoleProfileFinished', (event: { profile: CpuProfile }) =>
        resolve(event.profile),
      ),
    );
    await page.goto(server.base + query);
    for (const [module, ms] of selfTimeByModule(await finished, locate)) {
      byModule.set(module, (byModule.get(module) ?? 0) + ms / runs);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

// The page's JavaScript: the modules the maps name, and the DOM calls made from them.
const inScripts = [...byModule].filter(([module]) => !module.startsWith('('));
const byGroup = new Map<string, number>();
for (const [module, ms] of inScripts) {
  const group = module.endsWith('(native)') ? 'DOM and other native calls' : groupOfModule(module);
  byGroup.set(group, (byGroup.get(group) ?? 0) + ms);
}
const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
console.log(`${query}: self time by library, mean of ${runs} cold loads (sampling profiler on)`);
for (const group of [...MODULE_GROUPS, 'DOM and other native calls']) {
  const time = byGroup.get(group) ?? 0;
  console.log(`${ms(time)}  ${((100 * time) / total).toFixed(0).padStart(3)} %  ${group}`);
}
console.log('V8 and Blink outside the scripts:');
for (const [module, time] of [...byModule].filter(([m]) => m.startsWith('('))) {
  console.log(`${ms(time)}  ${module}`);
}
console.log('Modules with the most self time:');
for (const [module, time] of inScripts.sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${ms(time)}  ${module}`);
}
