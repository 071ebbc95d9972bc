import { describe, expect, it } from 'vitest';
import { windowOpenDecision } from './window-open.ts';

const context = { allowedOrigins: ['app://briefing'], kiosk: false };

describe('windowOpenDecision', () => {
  it('opens the presenter console and the audience view of the app itself', () => {
    expect(
      windowOpenDecision('app://briefing/index.html?lang=fr&mode=presenter#/trade', context),
    ).toEqual({
      kind: 'open-secondary',
      url: 'app://briefing/index.html?lang=fr&mode=presenter#/trade',
      mode: 'presenter',
    });
    expect(windowOpenDecision('app://briefing/index.html?mode=present', context)).toMatchObject({
      mode: 'present',
    });
  });

  it('denies everything else', () => {
    for (const url of [
      'https://example.com/?mode=presenter',
      'app://briefing/index.html?mode=print',
      'app://briefing/index.html',
      'file:///etc/passwd',
      'about:blank',
    ]) {
      expect(windowOpenDecision(url, context)).toEqual({ kind: 'deny' });
    }
  });

  it('denies every window in a kiosk', () => {
    expect(
      windowOpenDecision('app://briefing/index.html?mode=presenter', { ...context, kiosk: true }),
    ).toEqual({
      kind: 'deny',
    });
  });
});
