import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfigFile, type ConfigParse } from './start-options.ts';

/** Reads and checks the `--config` file; no path is an empty configuration. */
export function readConfigFile(path: string | undefined): ConfigParse {
  if (path === undefined) return { ok: true, config: {} };
  const absolute = resolve(path);
  try {
    return parseConfigFile(readFileSync(absolute, 'utf8'), absolute);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: `${absolute}: cannot read the file (${reason})` };
  }
}
