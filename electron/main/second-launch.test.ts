import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './cli.ts';
import { launchRequestData, readLaunchRequest, requestedSlide } from './second-launch.ts';

const ELECTRON = '/opt/electron/electron';
const APP = '/home/me/briefing';

function optionsOf(args: string[]) {
  const parsed = parseCommandLine(args);
  if (parsed.kind !== 'run') throw new Error(`not a run: ${JSON.stringify(parsed)}`);
  return parsed.options;
}

describe('launchRequestData', () => {
  it('hands over the language and the slide, nothing else', () => {
    expect(launchRequestData(optionsOf(['--lang', 'fr', '--slide', 'trade', '--kiosk']))).toEqual({
      language: 'fr',
      slide: 'trade',
    });
    expect(launchRequestData(optionsOf([]))).toEqual({});
  });

  it('survives the JSON round trip Electron gives additionalData', () => {
    const data = launchRequestData(optionsOf(['--slide=quote']));
    expect(readLaunchRequest(JSON.parse(JSON.stringify(data)), [ELECTRON], false)).toEqual({
      slide: 'quote',
    });
  });
});

describe('requestedSlide', () => {
  it('names a slide of the deck, or none', () => {
    expect(requestedSlide({ slide: 'trade' })).toBe('trade');
    expect(requestedSlide({ slide: 'tarde' })).toBeUndefined();
    expect(requestedSlide({})).toBeUndefined();
  });
});

describe('readLaunchRequest', () => {
  it('prefers the additionalData over the argv', () => {
    expect(
      readLaunchRequest({ language: 'kk', slide: 'sco' }, [ELECTRON, '--lang', 'fr'], false),
    ).toEqual({ language: 'kk', slide: 'sco' });
  });

  it('ignores additionalData that is not ours, rather than guessing from it', () => {
    expect(readLaunchRequest({ language: 'de' }, [ELECTRON], false)).toEqual({});
    expect(readLaunchRequest('trade', [ELECTRON, '--slide', 'trade'], false)).toEqual({});
    expect(readLaunchRequest({ slide: '../../etc' }, [ELECTRON], false)).toEqual({});
  });

  it('reads the argv as Chromium reorders it: switches first, values after, its own switches added', () => {
    // Typed: briefing --lang fr --slide trade (unpackaged: electron <app> …).
    const argv = [
      ELECTRON,
      '--lang',
      '--slide',
      '--original-process-start-time=13374000000000000',
      APP,
      'fr',
      'trade',
    ];
    expect(readLaunchRequest(undefined, argv, true)).toEqual({ language: 'fr', slide: 'trade' });
  });

  it('reads a packaged argv, mixed spellings and unknown switches', () => {
    const argv = [
      '/opt/briefing/briefing',
      '--no-sandbox',
      '--config',
      '--lang=kk',
      '--enable-logging',
      '--slide',
      '/etc/briefing/kiosk.json',
      'visits',
    ];
    expect(readLaunchRequest(undefined, argv, false)).toEqual({ language: 'kk', slide: 'visits' });
  });

  it('reads the argv in the order it was typed too', () => {
    expect(readLaunchRequest(null, [ELECTRON, APP, '--slide', 'trade'], true)).toEqual({
      slide: 'trade',
    });
  });

  it('drops values that are not a language or a slide id', () => {
    expect(
      readLaunchRequest(undefined, [ELECTRON, '--lang', '--slide', 'de', 'Trade Slide'], false),
    ).toEqual({});
    expect(readLaunchRequest(undefined, [ELECTRON, '--slide'], false)).toEqual({});
  });
});
