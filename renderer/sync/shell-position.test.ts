import { describe, expect, it } from 'vitest';
import { dropPending, receivePosition } from './shell-position.ts';

/** Feeds main's broadcasts to a window with these moves pending; returns the slides it went to. */
function hear(
  pending: number[],
  broadcasts: number[],
): { went: number[]; left: readonly number[] } {
  let waiting: readonly number[] = pending;
  const went: number[] = [];
  for (const index of broadcasts) {
    const receipt = receivePosition(waiting, index);
    waiting = receipt.pending;
    if (receipt.follow !== undefined) went.push(receipt.follow);
  }
  return { went, left: waiting };
}

describe('receivePosition', () => {
  it('follows every move when nothing of its own is pending', () => {
    expect(hear([], [3, 4, 2])).toEqual({ went: [3, 4, 2], left: [] });
  });

  it('does not flick back through the echoes of its own quick moves', () => {
    expect(hear([1, 2], [1, 2])).toEqual({ went: [], left: [] });
  });

  it('skips a move main took before its own, then follows later ones', () => {
    // Main's order: our 1, their 5, our 2, their 7. Main ends on 7, and so does this window.
    expect(hear([1, 2], [1, 5, 2, 7])).toEqual({ went: [7], left: [] });
  });

  it('treats an equal move from elsewhere as its echo and still ends where main does', () => {
    // Their 1, our 1, our 2: main ends on 2, this window already shows 2.
    expect(hear([1, 2], [1, 1, 2])).toEqual({ went: [], left: [] });
  });
});

describe('dropPending', () => {
  it('forgets a refused move wherever it is in the queue', () => {
    expect(dropPending([1, 2, 3], 2)).toEqual([1, 3]);
    expect(dropPending([1, 2], 9)).toEqual([1, 2]);
  });
});
