import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFromLocales, parseConfigFile, resolveStartOptions } from './start-options.ts';

describe('parseConfigFile', () => {
  it('accepts a full kiosk file', () => {
    const text = JSON.stringify({
      lang: 'kk',
      kiosk: true,
      dwell: 20,
      idle: 90,
      langs: ['kk', 'fr', 'en'],
    });
    expect(parseConfigFile(text, 'kiosk.json')).toEqual({
      ok: true,
      config: { lang: 'kk', kiosk: true, dwell: 20, idle: 90, langs: ['kk', 'fr', 'en'] },
    });
  });

  it('names the file and every problem', () => {
    const result = parseConfigFile(
      JSON.stringify({ lang: 'de', dwell: 0, extra: 1 }),
      'kiosk.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^kiosk\.json: invalid settings/);
    expect(result.message).toMatch(/lang:/);
    expect(result.message).toMatch(/dwell:/);
    expect(result.message).toMatch(/extra/);
  });

  it('reports broken JSON and repeated languages', () => {
    expect(parseConfigFile('{', 'k.json')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(parseConfigFile('{"langs":["fr","fr"]}', 'k.json')).toMatchObject({ ok: false });
    expect(parseConfigFile('[]', 'k.json')).toMatchObject({ ok: false });
    expect(parseConfigFile('{"dwell":0.5,"idle":7200}', 'k.json')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/idle:/),
    });
  });
});

describe('parseConfigFile: kiosk fields', () => {
  function problems(settings: unknown): string {
    const result = parseConfigFile(JSON.stringify(settings), 'kiosk.json');
    if (result.ok) throw new Error('accepted');
    return result.message;
  }

  it('accepts per-slide dwells, a display, an exit shortcut and a PIN', () => {
    const settings = {
      kiosk: true,
      dwell: 15,
      dwells: { trade: 30, 'belt-and-road': 20 },
      display: 'largest',
      exitShortcut: 'CmdOrCtrl+Alt+Shift+Q',
      exitPin: '02468',
    };
    expect(parseConfigFile(JSON.stringify(settings), 'kiosk.json')).toEqual({
      ok: true,
      config: settings,
    });
    expect(parseConfigFile('{"display":0}', 'k.json')).toMatchObject({ ok: true });
    expect(parseConfigFile('{"display":"primary"}', 'k.json')).toMatchObject({ ok: true });
    expect(parseConfigFile('{"display":{"id":2779098405}}', 'k.json')).toMatchObject({
      ok: true,
      config: { display: { id: 2779098405 } },
    });
    expect(parseConfigFile('{"display":{"label":"DELL U2720Q"}}', 'k.json')).toMatchObject({
      ok: true,
      config: { display: { label: 'DELL U2720Q' } },
    });
  });

  it('accepts the documented example, assets/kiosk.example.json', () => {
    const path = join(import.meta.dirname, '..', '..', 'assets', 'kiosk.example.json');
    expect(parseConfigFile(readFileSync(path, 'utf8'), path)).toMatchObject({ ok: true });
  });

  it('names an unknown slide id and a bad time under dwells', () => {
    const message = problems({ dwells: { trade: 0, treade: 10 } });
    expect(message).toMatch(/\n {2}dwells\.trade: Too small/);
    expect(message).toMatch(
      /\n {2}dwells\.treade: "treade" is not a slide id \(slides: title, timeline, /,
    );
  });

  it.each([[-1], [1.5], ['second'], [null], [{ id: 'x' }], [{ name: 'a' }]])(
    'refuses display %j',
    (display) => {
      expect(problems({ display })).toMatch(
        /\n {2}display: must be a display number \(0 for the first display, 1, …\), "primary", "largest", \{"id": <display id>\} or \{"label": "<monitor name>"\}/,
      );
    },
  );

  it('refuses an empty display label', () => {
    expect(problems({ display: { label: ' ' } })).toMatch(
      /\n {2}display\.label: must name a monitor/,
    );
  });

  it.each([
    ['Ctrl+Banana', /exitShortcut: not a shortcut: "Banana" in "Ctrl\+Banana" is not a key/],
    ['Shift+Q', /exitShortcut: "Shift\+Q" must use Ctrl, Alt or Cmd/],
    ['Escape', /exitShortcut: "Escape" must use Ctrl, Alt or Cmd/],
  ])('refuses exit shortcut %j', (exitShortcut, message) => {
    expect(problems({ exitShortcut })).toMatch(message);
  });

  it.each([['123'], ['123456789'], ['12a4'], [2468]])('refuses PIN %j', (exitPin) => {
    expect(problems({ exitPin })).toMatch(/exitPin: must be (a string of )?4 to 8 digits/);
  });
});

describe('languageFromLocales', () => {
  it('takes the first locale we translate', () => {
    expect(languageFromLocales(['ru-KZ', 'kk-KZ', 'en-US'])).toBe('kk');
    expect(languageFromLocales(['fr_CA'])).toBe('fr');
    expect(languageFromLocales(['ru', 'zh-CN'])).toBeUndefined();
    expect(languageFromLocales([])).toBeUndefined();
  });
});

describe('resolveStartOptions', () => {
  const none = { cli: { kiosk: false }, config: {}, storedLanguage: undefined, systemLocales: [] };

  it('defaults to English, present mode', () => {
    expect(resolveStartOptions(none)).toEqual({ language: 'en', mode: 'present' });
  });

  it('merges system ← remembered ← config ← command line', () => {
    expect(resolveStartOptions({ ...none, systemLocales: ['fr-FR'] }).language).toBe('fr');
    expect(
      resolveStartOptions({ ...none, systemLocales: ['fr-FR'], storedLanguage: 'kk' }).language,
    ).toBe('kk');
    expect(
      resolveStartOptions({ ...none, storedLanguage: 'kk', config: { lang: 'en' } }).language,
    ).toBe('en');
    expect(
      resolveStartOptions({
        ...none,
        config: { lang: 'en', slide: 'sco' },
        cli: { kiosk: false, language: 'fr', slide: 'trade' },
      }),
    ).toEqual({ language: 'fr', mode: 'present', slide: 'trade' });
  });

  it('takes the orientation from the file, the command line winning; auto is left out', () => {
    const kiosk = { ...none, cli: { kiosk: true } };
    expect(resolveStartOptions({ ...kiosk, config: { orientation: 'portrait' } })).toMatchObject({
      mode: 'kiosk',
      orientation: 'portrait',
    });
    expect(
      resolveStartOptions({
        ...none,
        cli: { kiosk: true, orientation: 'landscape' },
        config: { orientation: 'portrait' },
      }).orientation,
    ).toBe('landscape');
    expect(resolveStartOptions({ ...kiosk, config: { orientation: 'auto' } })).not.toHaveProperty(
      'orientation',
    );
  });

  it('names a bad orientation in the file', () => {
    const parsed = parseConfigFile('{"orientation": "Portrait"}', 'k.json');
    expect(parsed).toEqual({
      ok: false,
      message: 'k.json: invalid settings\n  orientation: must be one of auto, landscape, portrait',
    });
  });

  it('turns kiosk flags into kiosk mode with the file timings', () => {
    expect(
      resolveStartOptions({
        ...none,
        cli: { kiosk: true },
        config: { dwell: 12, langs: ['fr', 'kk'] },
      }),
    ).toEqual({
      language: 'en',
      mode: 'kiosk',
      kiosk: { dwell: 12, langs: ['fr', 'kk'] },
    });
    expect(resolveStartOptions({ ...none, config: { kiosk: true } }).mode).toBe('kiosk');
    expect(
      resolveStartOptions({
        ...none,
        cli: { kiosk: true },
        config: { dwells: { trade: 30 }, exitPin: '2468', display: 1 },
      }).kiosk,
    ).toEqual({ dwells: { trade: 30 }, pinExit: true });
    expect(
      resolveStartOptions({
        ...none,
        config: { kiosk: true },
        cli: { kiosk: false, mode: 'present' },
      }),
    ).toEqual({
      language: 'en',
      mode: 'present',
    });
  });
});
