// `npm start` and `npm run dev`: launch the desktop shell, or explain why it cannot start here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The decisions live in start-plan.ts, which Node runs directly by stripping its types
// (Node 22.18+; the project pins Node 24). An older Node would fail on the import below.
if (!process.features.typescript) {
  console.error(
    `npm start: Node.js ${process.version} cannot run the project's scripts; use Node 24 (run through npm, which uses the pinned one).`,
  );
  process.exit(1);
}
const plan = await import('./start-plan.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const start = plan.parseStartArgs(process.argv.slice(2));
const command = start.dev ? 'npm run dev' : 'npm start';
const { EXIT_USAGE, USAGE, parseCommandLine } = await import('../electron/main/cli.ts');
const cli = parseCommandLine(start.appArgs);
// The app's own options are checked here too, as the app checks them, so that a wrong one is
// said where Electron cannot run, and before its runtime is downloaded.
if (cli.kind === 'help') {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (cli.kind === 'error') {
  process.stderr.write(`${cli.message}\n\n${USAGE}`);
  process.exit(EXIT_USAGE);
}
// A kiosk config likewise (same code). The app resolves a relative path against its working
// folder, the project folder.
if (cli.options.configPath !== undefined) {
  const { parseConfigFile } = await import('../electron/main/start-options.ts');
  const path = resolve(root, cli.options.configPath);
  let config;
  try {
    config = parseConfigFile(readFileSync(path, 'utf8'), path);
  } catch (error) {
    config = { ok: false, message: `${path}: cannot read the file (${error.code ?? error})` };
  }
  if (!config.ok) {
    console.error(config.message);
    process.exit(EXIT_USAGE);
  }
}

const electronDir = join(root, 'node_modules', 'electron');
const probe = {
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: existsSync,
};

let binary = plan.findElectronBinary(electronDir, probe);
if (!binary.present) {
  // Electron's own installer (node_modules/.bin/install-electron), once, quietly: its failure
  // output is a stack trace, of which the message below keeps one line.
  console.log(`${command}: ${binary.reason}; downloading the Electron runtime once…`);
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  binary = plan.findElectronBinary(electronDir, probe);
  if (!binary.present) {
    const output = `${install.stderr ?? ''}\n${install.stdout ?? ''}`;
    const reason = install.error?.message ?? plan.installFailureReason(output);
    console.error(plan.runtimeMissingMessage(command, reason));
    process.exit(1);
  }
}

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
if (!start.dev) {
  const { ensureBuilt } = await import('./ensure-build.ts');
  if (!ensureBuilt(root, (line) => console.log(`${command}: ${line}`))) process.exit(1);
}

const child = spawn(
  process.execPath,
  [electronVite, ...plan.electronViteArgs(start, process.platform)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
