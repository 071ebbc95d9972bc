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
        config: { kiosk: true },
        cli: { kiosk: false, mode: 'present' },
      }),
    ).toEqual({
      language: 'en',
      mode: 'present',
    });
  });
});
