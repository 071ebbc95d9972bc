import { describe, expect, it } from 'vitest';
import { buildPageUrl, rendererLocation } from './start-url.ts';

describe('rendererLocation', () => {
  it('uses app:// when packaged, even with a dev server variable', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      entry: 'app://briefing/index.html',
      allowedOrigins: ['app://briefing'],
    });
    expect(rendererLocation({ isPackaged: false, devServerUrl: undefined }).entry).toBe(
      'app://briefing/index.html',
    );
  });

  it('uses a loopback dev server when unpackaged', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      entry: 'http://localhost:5173/index.html',
      allowedOrigins: ['app://briefing', 'http://localhost:5173'],
      devServerOrigin: 'http://localhost:5173',
    });
    expect(
      rendererLocation({ isPackaged: false, devServerUrl: 'http://127.0.0.1:4000/' })
        .devServerOrigin,
    ).toBe('http://127.0.0.1:4000');
  });

  it('ignores remote or malformed dev server URLs', () => {
    for (const devServerUrl of [
      'https://example.com',
      'http://192.168.1.5:5173',
      'file:///tmp',
      'nonsense',
    ]) {
      expect(rendererLocation({ isPackaged: false, devServerUrl }).allowedOrigins).toEqual([
        'app://briefing',
      ]);
    }
  });
});

describe('buildPageUrl', () => {
  const entry = 'app://briefing/index.html';

  it('writes the URL contract', () => {
    expect(buildPageUrl(entry, { language: 'fr', mode: 'present', slide: 'trade' })).toBe(
      'app://briefing/index.html?lang=fr&mode=present#/trade',
    );
    expect(buildPageUrl(entry, { language: 'kk', mode: 'print', layout: 'handout' })).toBe(
      'app://briefing/index.html?lang=kk&mode=print&layout=handout',
    );
    expect(
      buildPageUrl(entry, {
        language: 'fr',
        mode: 'print',
        layout: 'handout',
        paper: 'Letter',
        perPage: 3,
      }),
    ).toBe('app://briefing/index.html?lang=fr&mode=print&layout=handout&paper=Letter&perPage=3');
  });

  it('adds kiosk timings only in kiosk mode and layout only in print mode', () => {
    expect(
      buildPageUrl(entry, {
        language: 'en',
        mode: 'kiosk',
        kiosk: { dwell: 20, idle: 60, langs: ['fr', 'kk', 'en'] },
      }),
    ).toBe('app://briefing/index.html?lang=en&mode=kiosk&dwell=20&idle=60&langs=fr,kk,en');
    expect(
      buildPageUrl(entry, {
        language: 'en',
        mode: 'present',
        layout: 'slides',
        kiosk: { dwell: 5 },
      }),
    ).toBe('app://briefing/index.html?lang=en&mode=present');
  });

  it('writes a forced orientation in the screen modes, never auto and never in print', () => {
    expect(
      buildPageUrl(entry, { language: 'kk', mode: 'kiosk', orientation: 'portrait', kiosk: {} }),
    ).toBe('app://briefing/index.html?lang=kk&mode=kiosk&orientation=portrait');
    expect(buildPageUrl(entry, { language: 'kk', mode: 'present', orientation: 'auto' })).toBe(
      'app://briefing/index.html?lang=kk&mode=present',
    );
    expect(buildPageUrl(entry, { language: 'kk', mode: 'print', orientation: 'portrait' })).toBe(
      'app://briefing/index.html?lang=kk&mode=print',
    );
  });

  it('writes per-slide dwells and the PIN exit flag, never the PIN', () => {
    expect(
      buildPageUrl(entry, {
        language: 'fr',
        mode: 'kiosk',
        slide: 'sco',
        kiosk: { dwells: { trade: 30, quote: 7.5 }, pinExit: true },
      }),
    ).toBe('app://briefing/index.html?lang=fr&mode=kiosk&dwells=trade:30,quote:7.5&exit=pin#/sco');
    expect(buildPageUrl(entry, { language: 'fr', mode: 'kiosk', kiosk: { dwells: {} } })).toBe(
      'app://briefing/index.html?lang=fr&mode=kiosk',
    );
  });

  it('replaces any query or hash already on the entry', () => {
    expect(
      buildPageUrl('http://localhost:5173/index.html?x=1#/a', { language: 'en', mode: 'overview' }),
    ).toBe('http://localhost:5173/index.html?lang=en&mode=overview');
  });
});
