import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INPUTS, BUILD_OUTPUTS, isBuildStale } from './start-plan.ts';

function mtime(path: string): number | undefined {
  return existsSync(path) ? statSync(path).mtimeMs : undefined;
}

function newestInput(root: string): number | undefined {
  let newest: number | undefined;
  for (const input of BUILD_INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];
    for (const file of files) newest = Math.max(newest ?? 0, statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * Builds the app (electron-vite build) when an output is missing or older than the sources,
 * so `npm start`, `npm run web` and `npm run handout` never show a stale deck.
 * Returns false when the build failed (its errors are on the terminal).
 */
export function ensureBuilt(root: string, log: (line: string) => void): boolean {
  const outputs = BUILD_OUTPUTS.map((output) => mtime(join(root, output)));
  if (!isBuildStale(outputs, newestInput(root))) return true;
  log('Building the app (sources changed since the last build)…');
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  return build.status === 0;
}
