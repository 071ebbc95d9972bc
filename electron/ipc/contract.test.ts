import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLIDE_IDS } from '../../core/ids.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeChannel } from '../../core/ipc-contract.ts';
import { PAYLOAD_SCHEMAS, validate } from './schemas.ts';

const invokeChannels = Object.values(INVOKE_CHANNELS);
const allChannels = [...invokeChannels, ...Object.values(EVENT_CHANNELS)];

describe('channel table', () => {
  it('names every channel domain:action, once', () => {
    for (const channel of allChannels) expect(channel).toMatch(/^[a-z]+:[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(allChannels).size).toBe(allChannels.length);
  });

  it('has a payload schema for every invoke channel and no other', () => {
    expect(Object.keys(PAYLOAD_SCHEMAS).sort()).toEqual([...invokeChannels].sort());
  });
});

describe('validate', () => {
  it('accepts well-formed argument lists', () => {
    expect(validate('settings:get', [])).toEqual({ ok: true, value: [] });
    expect(validate('settings:set-language', ['kk'])).toEqual({ ok: true, value: ['kk'] });
    const request = { language: 'fr', layout: 'handout', paper: 'Letter', perPage: 3 };
    expect(validate('export:pdf', [request])).toEqual({ ok: true, value: [request] });
    expect(validate('window:toggle-full-screen', [])).toEqual({ ok: true, value: [] });
    expect(validate('deck:go', [0])).toEqual({ ok: true, value: [0] });
    expect(validate('deck:go', [12])).toEqual({ ok: true, value: [12] });
    const charts = { log: ['trade-growth'], tables: ['trade-reported'] };
    expect(validate('deck:go', [2, charts])).toEqual({ ok: true, value: [2, charts] });
    expect(validate('deck:get-position', [])).toEqual({ ok: true, value: [] });
    expect(validate('deck:audience', ['portrait'])).toEqual({ ok: true, value: ['portrait'] });
    expect(validate('kiosk:exit', ['2468'])).toEqual({ ok: true, value: ['2468'] });
  });

  it('rejects an unknown language with a typed error naming the channel and the issue', () => {
    const result = validate('settings:set-language', ['de']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.channel).toBe('settings:set-language');
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatch(/^0: /);
  });

  it('rejects extra keys, extra arguments and missing arguments', () => {
    const request = { language: 'en', layout: 'slides', paper: 'A4', perPage: 1 };
    expect(validate('export:pdf', [{ ...request, path: '/etc/passwd' }]).ok).toBe(false);
    expect(validate('export:pdf', [request, 'extra']).ok).toBe(false);
    expect(validate('export:pdf', []).ok).toBe(false);
    expect(validate('settings:get', ['surprise']).ok).toBe(false);
    expect(validate('export:pdf', [{ ...request, paper: 'A3' }]).ok).toBe(false);
    expect(validate('export:pdf', [{ ...request, perPage: 4 }]).ok).toBe(false);
    expect(validate('export:pdf', [{ ...request, perPage: '2' }]).ok).toBe(false);
    expect(validate('export:pdf', [{ language: 'en', layout: 'handout', paper: 'A4' }]).ok).toBe(
      false,
    );
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<InvokeChannel>(...invokeChannels),
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true }),
        (channel, payload) => {
          const result = validate(channel, payload);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('accepts only slide indexes of the deck for deck:go, and short strings as PINs', () => {
    for (const index of [-1, SLIDE_IDS.length, 1.5, Number.NaN, '3', null]) {
      expect(validate('deck:go', [index]).ok).toBe(false);
    }
    expect(validate('deck:go', []).ok).toBe(false);
    for (const charts of [
      { log: ['nope'], tables: [] },
      { log: [] },
      { log: [], tables: [], path: '/etc/passwd' },
      'trade-growth',
    ]) {
      expect(validate('deck:go', [2, charts]).ok).toBe(false);
    }
    expect(validate('deck:go', [2, { log: [], tables: [] }, 'extra']).ok).toBe(false);
    expect(validate('kiosk:exit', [2468]).ok).toBe(false);
    expect(validate('kiosk:exit', ['1'.repeat(17)]).ok).toBe(false);
    expect(validate('kiosk:exit', ['2468', 'extra']).ok).toBe(false);
  });

  it('accepts only the two designs as an audience window report', () => {
    for (const payload of [[], ['sideways'], ['Portrait'], [1], ['portrait', 'extra']]) {
      expect(validate('deck:audience', payload).ok).toBe(false);
    }
  });
});
