/**
 * Decisions behind `npm start` / `npm run dev` (scripts/start.mjs): is the Electron binary
 * there, is the build stale, what to run. Pure, with the file system passed in.
 */
import { join } from 'node:path';

/** What start.mjs needs to know about files; a Map-backed fake in the tests. */
export interface FileProbe {
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}

export type ElectronBinary =
  | { readonly present: true; readonly executable: string }
  | { readonly present: false; readonly reason: string };

/**
 * Electron 42+ downloads its binary on first use and records it in path.txt; the binary
 * is present only when path.txt names a file that exists under dist/.
 */
export function findElectronBinary(electronDir: string, probe: FileProbe): ElectronBinary {
  const relative = probe.readText(join(electronDir, 'path.txt'))?.trim();
  if (!relative) return { present: false, reason: 'node_modules/electron/path.txt is missing' };
  const executable = join(electronDir, 'dist', relative);
  return probe.exists(executable)
    ? { present: true, executable }
    : { present: false, reason: `node_modules/electron/dist/${relative} is missing` };
}

/** What `electron-vite build` writes; the app cannot start without any of them. */
export const BUILD_OUTPUTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** What the build reads. */
export const BUILD_INPUTS = [
  'electron',
  'renderer',
  'locales',
  'assets',
  'electron.vite.config.ts',
  'package.json',
];

/**
 * Stale when an output is missing or older than the newest input.
 * `outputTimes` are modification times (ms), undefined for a missing file.
 */
export function isBuildStale(
  outputTimes: readonly (number | undefined)[],
  newestInputTime: number | undefined,
): boolean {
  if (outputTimes.length === 0 || outputTimes.some((time) => time === undefined)) return true;
  const oldestOutput = Math.min(...(outputTimes as number[]));
  return newestInputTime !== undefined && newestInputTime > oldestOutput;
}

export interface StartPlan {
  /** `--dev`: Vite dev server with hot reload instead of the production build. */
  readonly dev: boolean;
  /** Arguments for the app itself (e.g. `--lang fr --slide trade`). */
  readonly appArgs: readonly string[];
}

export function parseStartArgs(args: readonly string[]): StartPlan {
  const appArgs = args.filter((arg) => arg !== '--dev');
  return {
    dev: appArgs.length !== args.length,
    appArgs: appArgs[0] === '--' ? appArgs.slice(1) : appArgs,
  };
}

/**
 * The electron-vite command line; app arguments go after `--`, which electron-vite hands to
 * Electron. On Linux the app runs under X11 or XWayland, as the packaged launchers do: a
 * native Wayland client cannot place the presenter and kiosk windows on their displays
 * (electron/main/display-server.ts). A user's own `--ozone-platform` wins.
 */
export function electronViteArgs(plan: StartPlan, platform: NodeJS.Platform): string[] {
  const command = plan.dev ? ['dev'] : ['preview', '--skipBuild'];
  const chooses = plan.appArgs.some((arg) => arg.startsWith('--ozone-platform'));
  const args = [
    ...(platform === 'linux' && !chooses ? ['--ozone-platform=x11'] : []),
    ...plan.appArgs,
  ];
  return args.length > 0 ? [...command, '--', ...args] : command;
}

/** One line from a failed download's output, stack frames left out. */
export function installFailureReason(output: string): string | undefined {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return (
    lines.find((line) => /error|enotfound|econn|etimedout|eai_again|\b\d{3}\b/i.test(line)) ??
    lines.at(-1)
  );
}

/** `command` is how the user started it: `npm start` or `npm run dev`. */
export function runtimeMissingMessage(command: string, reason: string | undefined): string {
  return [
    `${command}: the Electron runtime could not be downloaded on this machine` +
      (reason ? ` (${reason}).` : '.'),
    'The desktop shell cannot start here. Everything else works:',
    '  npm run web       present the briefing in a browser (http://127.0.0.1:4173/)',
    '  npm run handout   make PDF handouts, e.g. npm run handout -- --lang fr --layout handout --out briefing.pdf',
  ].join('\n');
}
