import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfigFile } from '../electron/main/start-options.ts';
import { browserKiosk, KIOSK_USAGE, parseKioskArgs, UsageError } from './kiosk-check.ts';

// `npm run kiosk -- --check --config <file>`: see kiosk-check.ts.

let config: string;
try {
  ({ config } = parseKioskArgs(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`npm run kiosk: ${error.message}\n\n${KIOSK_USAGE}`);
  process.exit(2);
}

// npm runs scripts in the project folder; INIT_CWD is where the command was typed.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), config);
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`npm run kiosk: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`);
  process.exit(2);
}
const parsed = parseConfigFile(text, path);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const browser = browserKiosk(parsed.config, 'http://127.0.0.1:4173/');
console.log(`${path}: valid kiosk settings.`);
console.log(`Browser kiosk on "npm run web": ${browser.url}`);
if (browser.ignored.length > 0) {
  console.log(`A browser ignores ${browser.ignored.join(', ')} (desktop app only).`);
}
