import { describe, expect, it } from 'vitest';
import { hashForSlide, parseUrl, searchWithLanguage, slideIdFromHash } from './url.ts';

describe('URL contract', () => {
  it('reads language, mode, layout and slide', () => {
    const options = parseUrl('?lang=kk&mode=print&layout=handout', '#/trade');
    expect(options).toMatchObject({
      lang: 'kk',
      mode: 'print',
      layout: 'handout',
      slideId: 'trade',
    });
    expect(options.warnings).toEqual([]);
  });

  it('defaults to present mode, slides layout and no language', () => {
    const options = parseUrl('', '');
    expect(options).toMatchObject({ mode: 'present', layout: 'slides' });
    expect(options.lang).toBeUndefined();
    expect(options.slideId).toBeUndefined();
  });

  it('falls back on unknown values and says why', () => {
    const options = parseUrl('?lang=de&mode=party&layout=poster', '');
    expect(options).toMatchObject({ mode: 'present', layout: 'slides' });
    expect(options.lang).toBeUndefined();
    expect(options.warnings).toEqual([
      'lang=de is not one of en, fr, kk',
      'mode=party is not a known mode',
      'layout=poster is not slides or handout',
    ]);
  });

  it('reads the orientation: auto by default, a forced design, or a warning', () => {
    expect(parseUrl('', '').orientation).toBe('auto');
    expect(parseUrl('?mode=kiosk&orientation=portrait', '').orientation).toBe('portrait');
    expect(parseUrl('?orientation=Landscape', '').orientation).toBe('landscape');
    const bad = parseUrl('?orientation=upside-down', '');
    expect(bad.orientation).toBe('auto');
    expect(bad.warnings).toEqual([
      'orientation=upside-down is not one of auto, landscape, portrait',
    ]);
  });

  it('accepts language codes in any case, in lang and langs', () => {
    const options = parseUrl('?lang=FR&mode=kiosk&langs=KK,En', '');
    expect(options.lang).toBe('fr');
    expect(options.kiosk.langs).toEqual(['kk', 'en']);
    expect(options.warnings).toEqual([]);
  });

  it('reports an unknown slide id like any other ignored value', () => {
    const options = parseUrl('', '#/treade');
    expect(options.slideId).toBe('treade');
    expect(options.warnings).toEqual([
      expect.stringMatching(
        /^#\/treade is not a slide of the deck \(slides: title, timeline, .*\); the first is shown$/,
      ),
    ]);
    expect(parseUrl('', '#/trade').warnings).toEqual([]);
  });

  it('says that kiosk times must be above zero', () => {
    expect(parseUrl('?idle=0', '').warnings).toEqual([
      'idle=0 is not a number of seconds above 0 and at most 3600',
    ]);
  });

  it('reads the handout paper and slides per page, with defaults and warnings', () => {
    expect(parseUrl('?mode=print&layout=handout&paper=letter&perPage=6', '')).toMatchObject({
      paper: 'Letter',
      perPage: 6,
      warnings: [],
    });
    expect(parseUrl('?mode=print', '')).toMatchObject({ paper: 'A4', perPage: 1 });
    expect(parseUrl('?paper=A3&perPage=4', '').warnings).toEqual([
      'paper=A3 is not A4 or Letter',
      'perPage=4 is not 1, 2, 3 or 6',
    ]);
  });

  it('reads kiosk dwell, idle and languages to rotate', () => {
    const { kiosk, warnings } = parseUrl('?mode=kiosk&dwell=1&idle=30&langs=fr,kk,en', '');
    expect(kiosk).toEqual({ dwell: 1, idle: 30, langs: ['fr', 'kk', 'en'] });
    expect(warnings).toEqual([]);
  });

  it('rejects bad kiosk values one by one', () => {
    const { kiosk, warnings } = parseUrl('?dwell=abc&idle=-5&langs=fr,xx,fr', '');
    expect(kiosk).toEqual({ dwell: undefined, idle: undefined, langs: ['fr'] });
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toContain('"xx"');
    expect(parseUrl('?dwell=&langs=zz', '').kiosk).toEqual({
      dwell: undefined,
      idle: undefined,
      langs: undefined,
    });
  });

  it('reads per-slide kiosk dwells and the PIN exit', () => {
    const { kiosk, warnings } = parseUrl('?mode=kiosk&dwells=trade:30,quote:7.5&exit=pin', '');
    expect(kiosk.dwells).toEqual({ trade: 30, quote: 7.5 });
    expect(kiosk.exit).toBe('pin');
    expect(warnings).toEqual([]);
    expect(parseUrl('?mode=kiosk', '').kiosk).toEqual({});
  });

  it('skips bad per-slide dwells one by one, keeping the good ones', () => {
    const { kiosk, warnings } = parseUrl(
      '?dwells=trade:30,nowhere:5,quote:-1,sco,timeline:&exit=door',
      '',
    );
    expect(kiosk.dwells).toEqual({ trade: 30 });
    expect(kiosk.exit).toBeUndefined();
    expect(warnings).toEqual([
      'dwells: "nowhere:5" is not <slide id>:<seconds> for a slide of the deck',
      'dwells: quote=-1 is not a number of seconds above 0 and at most 3600',
      'dwells: "sco" is not <slide id>:<seconds> for a slide of the deck',
      'dwells: timeline= is not a number of seconds above 0 and at most 3600',
      'exit=door is not pin',
    ]);
    expect(parseUrl('?dwells=zz:1', '').kiosk.dwells).toBeUndefined();
  });

  it('reads and writes slide hashes', () => {
    expect(slideIdFromHash('#/belt-and-road')).toBe('belt-and-road');
    expect(slideIdFromHash('#quote')).toBe('quote');
    expect(slideIdFromHash('#/')).toBeUndefined();
    expect(hashForSlide('trade-share')).toBe('#/trade-share');
  });

  it('changes the language and keeps the other parameters', () => {
    expect(searchWithLanguage('?mode=kiosk&lang=en&dwell=5', 'fr')).toBe(
      '?mode=kiosk&lang=fr&dwell=5',
    );
    expect(searchWithLanguage('', 'kk')).toBe('?lang=kk');
  });
});
