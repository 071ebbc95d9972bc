/** Options of `npm run web`: where to serve the built renderer. Pure, so it is unit tested. */

export interface WebOptions {
  readonly port: number;
  readonly host: '127.0.0.1';
  readonly dir: string;
}

export const WEB_USAGE = `Usage: npm run web -- [--port <1-65535>] [--dir <built renderer folder>]
Serves the built briefing on http://127.0.0.1:<port>/ (default port 4173) for a browser or a kiosk.`;

export class UsageError extends Error {}

export function parseWebOptions(args: readonly string[]): WebOptions {
  let port = 4173;
  let dir = 'out/renderer';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const next = inline ?? args[(i += 1)];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--port') {
      const raw = value();
      const parsed = Number(raw);
      if (!/^\d+$/.test(raw) || parsed < 1 || parsed > 65535) {
        throw new UsageError(`--port must be a whole number from 1 to 65535, not "${raw}"`);
      }
      port = parsed;
    } else if (flag === '--dir') {
      dir = value();
    } else {
      throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return { port, host: '127.0.0.1', dir };
}
