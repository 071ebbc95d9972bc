import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../electron/main/start-options.ts';
import { browserKiosk, parseKioskArgs, UsageError } from './kiosk-check.ts';

describe('npm run kiosk -- --check', () => {
  it('reads --check and --config in either order', () => {
    expect(parseKioskArgs(['--check', '--config', 'k.json'])).toEqual({ config: 'k.json' });
    expect(parseKioskArgs(['--config=k.json', '--check'])).toEqual({ config: 'k.json' });
  });

  it.each([
    [[], 'only --check'],
    [['--config', 'k.json'], 'only --check'],
    [['--check'], '--config <file.json> is required'],
    [['--check', '--config'], '--config needs a file'],
    [['--check', '--kiosk'], 'unknown argument "--kiosk"'],
  ])('refuses %j', (args, message) => {
    expect(() => parseKioskArgs(args)).toThrow(UsageError);
    expect(() => parseKioskArgs(args)).toThrow(message);
  });

  it('gives the browser kiosk address for the same settings, and what a browser ignores', () => {
    const parsed = parseConfigFile(
      JSON.stringify({
        kiosk: true,
        lang: 'fr',
        langs: ['fr', 'kk'],
        dwell: 15,
        dwells: { trade: 25 },
        idle: 60,
        exitPin: '2468',
      }),
      'k.json',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(browserKiosk(parsed.config, 'http://127.0.0.1:4173/')).toEqual({
      url: 'http://127.0.0.1:4173/?mode=kiosk&lang=fr&langs=fr,kk&dwell=15&dwells=trade:25&idle=60',
      ignored: ['exitPin'],
    });
    expect(browserKiosk({}, 'http://x/')).toEqual({ url: 'http://x/?mode=kiosk', ignored: [] });
    expect(browserKiosk({ orientation: 'portrait' }, 'http://x/').url).toBe(
      'http://x/?mode=kiosk&orientation=portrait',
    );
    expect(browserKiosk({ orientation: 'auto' }, 'http://x/').url).toBe('http://x/?mode=kiosk');
  });
});
