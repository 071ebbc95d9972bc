import { describe, expect, it, vi } from 'vitest';
import { startWarmUpWorker, WARM_UP_LOCALES, warmUpIntl } from './intl-warm-up.ts';

describe('ICU warm-up', () => {
  it('covers every locale the app formats with', () => {
    expect(WARM_UP_LOCALES).toEqual(['en-GB', 'fr-FR', 'kk-KZ', 'en-US']);
  });

  it('builds a number, a date and a plural formatter for each locale', () => {
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const plurals = vi.spyOn(Intl, 'PluralRules');
    try {
      warmUpIntl(['fr-FR', 'kk-KZ']);
      for (const spy of [numbers, dates, plurals]) {
        expect(spy.mock.calls.map(([locale]) => locale)).toEqual(['fr-FR', 'kk-KZ']);
      }
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('starts the script as a worker and keeps a failed load out of the console', () => {
    const listeners: [string, (event: Event) => void][] = [];
    const urls: string[] = [];
    const started = startWarmUpWorker('app://briefing/assets/intl-warm-up.js', (url) => {
      urls.push(url);
      return { addEventListener: (type, listener) => void listeners.push([type, listener]) };
    });
    expect(started).toBe(true);
    expect(urls).toEqual(['app://briefing/assets/intl-warm-up.js']);
    const error = new Event('error', { cancelable: true });
    for (const [type, listener] of listeners) if (type === 'error') listener(error);
    expect(error.defaultPrevented).toBe(true);
  });

  it('does nothing where workers are refused (file://)', () => {
    const started = startWarmUpWorker('file:///app/assets/intl-warm-up.js', () => {
      throw new DOMException('Script cannot be accessed from origin null', 'SecurityError');
    });
    expect(started).toBe(false);
  });
});
