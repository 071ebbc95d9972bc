import type { ConfigFile } from '../electron/main/start-options.ts';

/**
 * `npm run kiosk -- --check --config <file>`: the desktop kiosk's own config validation
 * (electron/main/start-options.ts), without Electron, and the address a browser kiosk on
 * `npm run web` would open for the same settings. Pure, so it is unit tested.
 */

export const KIOSK_USAGE = `Usage: npm run kiosk -- --check --config <file.json>
Checks a kiosk config file as the desktop app does (no Electron needed) and prints the
address that shows the same loop in a browser kiosk served by "npm run web".
To run the kiosk itself: npm start -- --kiosk --config <file.json> (desktop app), or the
browser kiosk described in the README.`;

export class UsageError extends Error {}

/** The config file to check, from `--check --config <file>` (either order, `=` allowed). */
export function parseKioskArgs(args: readonly string[]): { readonly config: string } {
  let check = false;
  let config: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--check') {
      check = true;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg === '--config' ? args[(i += 1)] : arg.slice('--config='.length);
      if (!value || value.startsWith('--')) throw new UsageError('--config needs a file');
      config = value;
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (!check) throw new UsageError('only --check is available: it checks a config file');
  if (config === undefined) throw new UsageError('--config <file.json> is required');
  return { config };
}

/** Settings a browser cannot apply: they belong to the desktop app's window and exit. */
const DESKTOP_ONLY = ['display', 'exitShortcut', 'exitPin'] as const;

/**
 * The browser kiosk's address (URL contract of DESIGN.md) for a checked config, and the
 * settings it leaves out.
 */
export function browserKiosk(
  config: ConfigFile,
  base: string,
): { readonly url: string; readonly ignored: readonly string[] } {
  const params = new URLSearchParams({ mode: 'kiosk' });
  if (config.lang) params.set('lang', config.lang);
  if (config.langs) params.set('langs', config.langs.join(','));
  if (config.dwell !== undefined) params.set('dwell', String(config.dwell));
  if (config.dwells) {
    params.set(
      'dwells',
      Object.entries(config.dwells)
        .map(([id, seconds]) => `${id}:${seconds}`)
        .join(','),
    );
  }
  if (config.idle !== undefined) params.set('idle', String(config.idle));
  if (config.orientation !== undefined && config.orientation !== 'auto') {
    params.set('orientation', config.orientation);
  }
  // Commas and colons are kept readable: the address is meant to be copied into a unit file.
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return {
    url: `${base}?${query}`,
    ignored: DESKTOP_ONLY.filter((key) => config[key] !== undefined),
  };
}
