import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ensureBuilt } from './ensure-build.ts';
import { checkDestination, DestinationError } from './handout-destination.ts';
import {
  HANDOUT_USAGE,
  handoutTargets,
  parseHandoutOptions,
  printQuery,
  UsageError,
  type HandoutOptions,
} from './handout-options.ts';
import { inParallel, renderPdf } from './pdf-render.ts';
import { localeResources, writePptxDeck } from './pptx-decks.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { serveOnLoopback } from './static-server.ts';

// `npm run handout`: PDF handouts from the built renderer, in headless Chromium, or
// PowerPoint decks from the app's builder, in Node.

/** Languages rendered at once; more than three gains nothing (there are three). */
const PARALLEL_EXPORTS = 3;

function fail(message: string, code: number): never {
  console.error(`npm run handout: ${message}`);
  process.exit(code);
}

let options: HandoutOptions;
let targets: ReturnType<typeof handoutTargets>;
try {
  options = parseHandoutOptions(process.argv.slice(2));
  targets = handoutTargets(options, {
    // npm runs scripts in the project folder; INIT_CWD is where the command was typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    isFolder: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`npm run handout: ${error.message}\n\n${HANDOUT_USAGE}`);
  process.exit(2);
}

// Check every destination before starting, so a bad path costs nothing and writes nothing.
const replaced = new Set<string>();
for (const target of targets) {
  try {
    if (checkDestination(target.path).replaces) replaced.add(target.path);
  } catch (error) {
    if (!(error instanceof DestinationError)) throw error;
    fail(`cannot write to ${target.path}: ${error.message}`, 1);
  }
}
for (const path of replaced) console.log(`${path} exists and will be replaced.`);

const root = fileURLToPath(new URL('..', import.meta.url));

if (options.format === 'pptx') {
  const resources = localeResources(root);
  const started = performance.now();
  let failed = false;
  for (const { lang, path } of targets) {
    try {
      const size = await writePptxDeck(resources, lang, path);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${lang}: PowerPoint, ${Math.round(size / 1024)} KB, done at ${seconds} s → ${path}${replaced.has(path) ? ' (replaced)' : ''}`,
      );
    } catch (error) {
      console.error(`npm run handout: ${lang}: ${(error as Error).message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

if (!ensureBuilt(root, (line) => console.log(line))) fail('the build failed', 1);

const server = await serveOnLoopback(join(root, 'out', 'renderer'));
const { base } = server;

let browser: Browser | undefined;
let failed = false;
try {
  browser = await chromium.launch(chromiumLaunchOptions());
  console.log(`Rendering ${targets.map((t) => t.lang).join(', ')} (${options.layout})…`);
  const started = performance.now();
  // Languages render side by side (one page each, one browser): a multi-core machine
  // overlaps them. Each file is written beside its target and renamed when complete, so a
  // reader never sees half a PDF.
  await inParallel(targets, PARALLEL_EXPORTS, async (target) => {
    const { path } = target;
    const temporary = `${path}.${process.pid}.part`;
    try {
      const pages = await renderPdf(
        browser as Browser,
        `${base}${printQuery(target.lang, options)}`,
        {
          path: temporary,
          layout: options.layout,
          paper: options.paper,
        },
      );
      renameSync(temporary, path);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${target.lang}: ${options.layout}, ${pages} pages, done at ${seconds} s → ${path}${replaced.has(path) ? ' (replaced)' : ''}`,
      );
    } catch (error) {
      rmSync(temporary, { force: true });
      // Playwright appends a call log to its messages; the first line says what went wrong.
      const reason = (error as Error).message.split('\n')[0];
      console.error(`npm run handout: ${target.lang}: ${reason}`);
      failed = true;
    }
  });
} finally {
  await browser?.close();
  server.close();
}
process.exit(failed ? 1 : 0);
