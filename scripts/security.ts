/**
 * `npm run security`: runs electronegativity (Doyensec's Electron security linter) over
 * electron/ and fails on any HIGH or MEDIUM finding that electron/security-exceptions.json
 * does not explain. The decisions are in security-policy.ts (unit-tested); this file runs
 * the tool offline and prints the result.
 *
 *   node scripts/security.ts            scan electron/, exit 1 on an unexplained finding
 *   node scripts/security.ts --verbose  also list the excepted and low findings
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyPolicy,
  describeFinding,
  findingsFromIssues,
  parseExceptionsFile,
  summaryLine,
} from './security-policy.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUT = join(ROOT, 'electron');
const EXCEPTIONS_FILE = join(INPUT, 'security-exceptions.json');
const verbose = process.argv.includes('--verbose');

/**
 * Checks left out, and why:
 * - AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub, which
 *   the build machines cannot reach, and reads the Electron version from a package.json
 *   inside the scanned folder (there is none in electron/). Keeping Electron current is
 *   Dependabot's and the release checklist's job.
 */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

interface ElectronegativityResult {
  readonly globalChecks: number;
  readonly atomicChecks: number;
  readonly errors: readonly { file: string; message: string; tolerable: boolean }[];
  readonly issues: unknown;
}

type Run = (options: Record<string, unknown>) => Promise<ElectronegativityResult>;

const require = createRequire(import.meta.url);

/**
 * electronegativity fetches fresh translations from S3 with `got` on every run; offline that
 * request times out and got's retry then throws from a timer ("The `onCancel` handler was
 * attached after the promise settled"), killing the process. Only the npm registry is
 * reachable here, so `got` is replaced, for this process, by one that fails at once: the
 * tool falls back to its bundled English texts, and no request leaves the machine.
 */
function keepOffline(runnerPath: string): void {
  const gotPath = createRequire(runnerPath).resolve('got');
  const offline = new Module(gotPath);
  offline.filename = gotPath;
  offline.loaded = true;
  offline.exports = () => Promise.reject(new Error('offline: electronegativity may not fetch'));
  require.cache[gotPath] = offline;
}

/** The Electron version the app is built with: the scanned folder has no package.json. */
function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.['electron']?.replace(/^[\^~]/, '');
  if (!version) throw new Error('package.json has no devDependencies.electron');
  return version;
}

function loadExceptions() {
  const parsed = parseExceptionsFile(JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8')));
  if (!parsed.ok) {
    console.error(`security: ${EXCEPTIONS_FILE} is not valid:\n${parsed.error}`);
    process.exit(1);
  }
  return parsed.value.exceptions;
}

async function scan(): Promise<ElectronegativityResult> {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  keepOffline(runnerPath);
  const run = require(runnerPath) as Run;
  const reportDir = mkdtempSync(join(tmpdir(), 'briefing-security-'));
  const log = console.log;
  // The tool logs its translation fallback through console.log; the summary below says it all.
  console.log = () => undefined;
  try {
    return await run({
      input: INPUT,
      // A SARIF report for code-scanning upload. The findings themselves are read from the
      // returned result: 1.10.3 writes its CSV with two unawaited writeFile calls (header,
      // then rows), so the file can still be incomplete when run() resolves.
      output: join(reportDir, 'electronegativity.sarif'),
      isSarif: true,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
    console.log(`security: SARIF report in ${reportDir}`);
  }
}

const exceptions = loadExceptions();
const result = await scan();
const findings = findingsFromIssues(result.issues);
const policy = applyPolicy(findings, exceptions);

// A file the tool could not parse was not checked at all: that fails too.
const unparsed = result.errors.filter((error) => !error.tolerable);
for (const error of result.errors.filter((e) => e.tolerable)) {
  console.warn(`security: parsed ${error.file} with a warning: ${error.message}`);
}
for (const error of unparsed) {
  console.error(`security: could not parse ${error.file}, so it was not checked: ${error.message}`);
}
if (verbose) {
  for (const { finding, exception } of policy.excepted) {
    console.log(`excepted: ${describeFinding(finding)}\n  because ${exception.reason}`);
  }
  for (const finding of policy.informational) console.log(`low: ${describeFinding(finding)}`);
}
for (const exception of policy.unused) {
  console.warn(
    `security: stale exception (matches nothing; remove it): ${exception.check} in ${exception.file}`,
  );
}
for (const finding of policy.failing) {
  console.error(`FAIL ${describeFinding(finding)}`);
}
if (policy.failing.length > 0) {
  console.error(
    'security: fix these, or explain each in electron/security-exceptions.json after review.',
  );
}
console.log(summaryLine(result.globalChecks + result.atomicChecks, findings.length, policy));
process.exit(policy.failing.length > 0 || unparsed.length > 0 ? 1 : 0);
