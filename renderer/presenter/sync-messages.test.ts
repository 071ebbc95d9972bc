import { describe, expect, it } from 'vitest';
import { parseSyncMessage } from './sync-messages.ts';

describe('presenter sync messages', () => {
  it('accepts go and where messages', () => {
    expect(parseSyncMessage({ type: 'go', index: 3, from: 'a' }, 13)).toEqual({
      type: 'go',
      index: 3,
      from: 'a',
    });
    expect(parseSyncMessage({ type: 'where', from: 'b' }, 13)).toEqual({
      type: 'where',
      from: 'b',
    });
  });

  it.each([
    null,
    'go',
    42,
    { type: 'go', index: 13, from: 'a' },
    { type: 'go', index: -1, from: 'a' },
    { type: 'go', index: 1.5, from: 'a' },
    { type: 'go', index: '2', from: 'a' },
    { type: 'go', index: 2 },
    { type: 'go', index: 2, from: '' },
    { type: 'go', index: 2, from: 'x'.repeat(65) },
    { type: 'jump', index: 2, from: 'a' },
  ])('rejects %j', (data) => {
    expect(parseSyncMessage(data, 13)).toBeNull();
  });
});
