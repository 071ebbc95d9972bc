import { describe, expect, it } from 'vitest';
import { parseSyncMessage, reactionTo, type SyncMessage } from './sync-messages.ts';

const plain = { log: [], tables: [] };

describe('presenter sync messages', () => {
  it('accepts go and where messages', () => {
    expect(
      parseSyncMessage({ type: 'go', index: 3, charts: plain, from: 'a', role: 'presenter' }, 13),
    ).toEqual({ type: 'go', index: 3, charts: plain, from: 'a', role: 'presenter' });
    expect(
      parseSyncMessage(
        {
          type: 'go',
          index: 2,
          charts: { log: ['trade-growth'], tables: [] },
          from: 'a',
          role: 'presenter',
          origin: 'b',
        },
        13,
      ),
    ).toMatchObject({ charts: { log: ['trade-growth'] }, origin: 'b' });
    expect(parseSyncMessage({ type: 'where', from: 'b', role: 'audience' }, 13)).toEqual({
      type: 'where',
      from: 'b',
      role: 'audience',
    });
  });

  it('accepts an audience window design and a console asking for it', () => {
    const design = { type: 'design', design: 'portrait', from: 'b', role: 'audience' };
    expect(parseSyncMessage({ ...design, extra: 1 }, 13)).toEqual(design);
    expect(parseSyncMessage({ type: 'which-design', from: 'p', role: 'presenter' }, 13)).toEqual({
      type: 'which-design',
      from: 'p',
      role: 'presenter',
    });
  });

  const go = { type: 'go', index: 2, charts: plain, from: 'a', role: 'presenter' };
  it.each([
    null,
    'go',
    42,
    { ...go, index: 13 },
    { ...go, index: -1 },
    { ...go, index: 1.5 },
    { ...go, index: '2' },
    { ...go, from: undefined },
    { ...go, from: '' },
    { ...go, from: 'x'.repeat(65) },
    { ...go, role: 'speaker' },
    { ...go, role: undefined },
    { ...go, charts: undefined },
    { ...go, charts: { log: ['nope'], tables: [] } },
    { ...go, origin: '' },
    { ...go, type: 'jump' },
    { type: 'where', from: 'b' },
    { type: 'design', design: 'sideways', from: 'b', role: 'audience' },
    { type: 'design', from: 'b', role: 'audience' },
    { type: 'design', design: 'portrait', role: 'audience' },
    { type: 'which-design', from: 'p', role: 'speaker' },
  ])('rejects %j', (data) => {
    expect(parseSyncMessage(data, 13)).toBeNull();
  });
});

describe('who follows whom', () => {
  const presenter = { id: 'p', role: 'presenter' } as const;
  const audience = { id: 'a', role: 'audience' } as const;
  const goFrom = (from: string, role: 'presenter' | 'audience', origin?: string): SyncMessage => ({
    type: 'go',
    index: 4,
    charts: plain,
    from,
    role,
    ...(origin ? { origin } : {}),
  });

  it('audience windows follow the console, never each other', () => {
    expect(reactionTo(goFrom('p', 'presenter'), audience)).toBe('follow');
    expect(reactionTo(goFrom('b', 'audience'), audience)).toBe('ignore');
  });

  it('the console follows an audience window; that window ignores its move passed back', () => {
    expect(reactionTo(goFrom('a', 'audience'), presenter)).toBe('follow');
    expect(reactionTo(goFrom('p', 'presenter', 'a'), audience)).toBe('ignore');
    expect(reactionTo(goFrom('p', 'presenter', 'b'), audience)).toBe('follow');
  });

  it('the console answers anyone who asks; an audience window answers only a console', () => {
    expect(reactionTo({ type: 'where', from: 'b', role: 'audience' }, presenter)).toBe('answer');
    expect(reactionTo({ type: 'where', from: 'q', role: 'presenter' }, audience)).toBe('answer');
    expect(reactionTo({ type: 'where', from: 'b', role: 'audience' }, audience)).toBe('ignore');
  });

  it('designs go from audience windows to consoles, and consoles ask audience windows', () => {
    const design = (from: string, role: 'presenter' | 'audience'): SyncMessage => ({
      type: 'design',
      design: 'portrait',
      from,
      role,
    });
    expect(reactionTo(design('b', 'audience'), presenter)).toBe('follow');
    expect(reactionTo(design('b', 'audience'), audience)).toBe('ignore');
    expect(reactionTo(design('q', 'presenter'), presenter)).toBe('ignore');
    const ask = { type: 'which-design', from: 'q', role: 'presenter' } as const;
    expect(reactionTo(ask, audience)).toBe('answer');
    expect(reactionTo(ask, presenter)).toBe('ignore');
    expect(reactionTo({ ...ask, from: 'b', role: 'audience' }, audience)).toBe('ignore');
  });

  it('a window ignores its own messages', () => {
    expect(reactionTo(goFrom('p', 'presenter'), presenter)).toBe('ignore');
  });
});
