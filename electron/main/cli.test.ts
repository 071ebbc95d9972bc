import { describe, expect, it } from 'vitest';
import { USAGE, parseCommandLine, userArguments } from './cli.ts';

describe('userArguments', () => {
  it('drops Electron and the app path when unpackaged', () => {
    expect(userArguments(['/x/electron', '.', '--lang', 'fr'], true)).toEqual(['--lang', 'fr']);
    expect(
      userArguments(
        ['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--kiosk'],
        true,
      ),
    ).toEqual(['--kiosk']);
    expect(userArguments(['/x/electron'], true)).toEqual([]);
  });

  it('drops only the executable when packaged', () => {
    expect(userArguments(['/opt/briefing/briefing', '--slide', 'trade'], false)).toEqual([
      '--slide',
      'trade',
    ]);
  });
});

describe('parseCommandLine', () => {
  it('runs with defaults when there are no options', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'run', options: { kiosk: false } });
  });

  it('reads every option, in both spellings', () => {
    expect(
      parseCommandLine([
        '--lang',
        'kk',
        '--mode=overview',
        '--slide',
        'trade-share',
        '--config',
        'k.json',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        kiosk: false,
        language: 'kk',
        mode: 'overview',
        slide: 'trade-share',
        configPath: 'k.json',
      },
    });
    expect(parseCommandLine(['--kiosk', '--lang=fr'])).toEqual({
      kind: 'run',
      options: { kiosk: true, language: 'fr' },
    });
  });

  it('lets runtime switches through', () => {
    expect(
      parseCommandLine([
        '--no-sandbox',
        '--inspect=9229',
        '--ozone-platform=wayland',
        '-psn_0_1234',
        '--lang',
        'en',
      ]),
    ).toEqual({ kind: 'run', options: { kiosk: false, language: 'en' } });
  });

  it('asks for help', () => {
    expect(parseCommandLine(['--lang', 'fr', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help' });
    expect(USAGE).toMatch(/--lang <en\|fr\|kk>/);
  });

  it.each([
    [['--langue', 'fr'], /^Unknown option: --langue$/],
    [['slides.json'], /^Unexpected argument: slides.json$/],
    [['--lang', 'de'], /^--lang must be one of en, fr, kk \(got "de"\)$/],
    [['--mode', 'slideshow'], /^--mode must be one of present, presenter, overview, print, kiosk/],
    [['--slide', '../../etc'], /^--slide must be a slide id/],
    [['--slide', 'Trade'], /^--slide must be a slide id/],
    [['--lang'], /^--lang needs a value$/],
    [['--lang', '--kiosk'], /^--lang needs a value$/],
    [['--config='], /^--config needs a value$/],
    [['--kiosk=yes'], /^--kiosk takes no value$/],
    [['--orientation', 'sideways'], /^--orientation must be one of auto, landscape, portrait/],
    [['--orientation'], /^--orientation needs a value$/],
    [['--kiosk', '--mode', 'present'], /^--kiosk cannot be combined with --mode present$/],
  ])('reports %j clearly', (args, message) => {
    const result = parseCommandLine(args);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(message);
  });

  it('reads --orientation in both spellings', () => {
    expect(parseCommandLine(['--kiosk', '--orientation', 'portrait'])).toEqual({
      kind: 'run',
      options: { kiosk: true, orientation: 'portrait' },
    });
    expect(parseCommandLine(['--orientation=auto'])).toEqual({
      kind: 'run',
      options: { kiosk: false, orientation: 'auto' },
    });
    expect(USAGE).toMatch(/--orientation <auto\|landscape\|portrait>/);
  });

  it('accepts --kiosk with --mode kiosk', () => {
    expect(parseCommandLine(['--kiosk', '--mode', 'kiosk'])).toEqual({
      kind: 'run',
      options: { kiosk: true, mode: 'kiosk' },
    });
  });
});
