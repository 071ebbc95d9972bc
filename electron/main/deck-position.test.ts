import { describe, expect, it } from 'vitest';
import { movedTo, withAudience } from './deck-position.ts';

describe('the deck position main holds', () => {
  it('moves to a slide with its chart view, keeping the design the audience reported', () => {
    const portrait = withAudience({ index: 0 }, 'portrait');
    expect(portrait).toEqual({ index: 0, audience: 'portrait' });
    const charts = { log: [], tables: ['trade-growth' as const] };
    expect(movedTo(portrait, 4, charts)).toEqual({ index: 4, charts, audience: 'portrait' });
    expect(movedTo(portrait, 5, undefined)).toEqual({ index: 5, audience: 'portrait' });
  });

  it('has no audience design until an audience window reports one, then the latest', () => {
    expect(movedTo({ index: 2 }, 3, undefined)).toEqual({ index: 3 });
    const reported = withAudience(withAudience({ index: 3 }, 'portrait'), 'landscape');
    expect(reported).toEqual({ index: 3, audience: 'landscape' });
  });
});
