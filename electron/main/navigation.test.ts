import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, originOf } from './navigation.ts';

const allowed = ['app://briefing'];

describe('originOf', () => {
  it('keeps scheme, host and port', () => {
    expect(originOf('app://briefing/index.html?lang=fr#/trade')).toBe('app://briefing');
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeUndefined();
    expect(originOf('javascript:alert(1)')).toBeUndefined();
    expect(originOf('::')).toBeUndefined();
  });
});

describe('isAllowedOrigin', () => {
  it('allows the app origin only', () => {
    expect(isAllowedOrigin('app://briefing/index.html?lang=kk', allowed)).toBe(true);
    expect(isAllowedOrigin('app://briefing.evil.com/index.html', allowed)).toBe(false);
    expect(isAllowedOrigin('https://example.com/', allowed)).toBe(false);
    expect(isAllowedOrigin('app://evil/index.html', allowed)).toBe(false);
    expect(isAllowedOrigin('file:///work/main/out/renderer/index.html', allowed)).toBe(false);
    expect(isAllowedOrigin('data:text/html,hi', allowed)).toBe(false);
    expect(isAllowedOrigin(undefined, allowed)).toBe(false);
  });

  it('allows the dev server only when listed, port included', () => {
    const dev = [...allowed, 'http://localhost:5173'];
    expect(isAllowedOrigin('http://localhost:5173/#/trade', dev)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedOrigin('http://localhost:5173/', allowed)).toBe(false);
  });
});
