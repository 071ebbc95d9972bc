import { describe, expect, it } from 'vitest';
import { PALETTE } from '../styles/palette.ts';
import { chartText } from './testing/chart-text.ts';
import { sliceLabel, tradeShareModel } from './trade-share-model.ts';

describe('tradeShareModel', () => {
  const en = tradeShareModel(chartText('en'));

  it('puts the article’s 28.3 % against everything else, outlined', () => {
    expect(en.article.slices.map((s) => [s.id, s.value])).toEqual([
      ['china', 28.3],
      ['others', 71.7],
    ]);
    expect(en.article.slices[1]?.colour).toBe(PALETTE.paper);
    expect(en.article.centre).toBe('28.3%');
    expect(en.article.labelled).toEqual(['china']);
  });

  it('gives Kazakhstan’s four partners, China in vermilion in both donuts', () => {
    expect(en.reported.slices.map((s) => [s.id, s.value])).toEqual([
      ['china', 22.6],
      ['russia', 18.6],
      ['eu-uk', 28.5],
      ['rest', 30.4],
    ]);
    expect(en.reported.slices[0]?.colour).toBe(en.article.slices[0]?.colour);
    expect(en.reported.centre).toBe('22.6%');
    expect(en.marks).toBe(6);
  });

  it('tables both sources side by side, in the language shown', () => {
    const fr = tradeShareModel(chartText('fr'));
    expect(fr.table.rows[0]?.slice(1)).toEqual(['28,3\u00a0%', '22,6\u00a0%']);
    expect(fr.table.rows).toHaveLength(4);
  });
});

describe('sliceLabel', () => {
  const ring = { cx: 400, cy: 300, outer: 150, midAngle: 0 };

  it('stands right of the ring for a slice on the right, left for one on the left', () => {
    const right = sliceLabel({ value: '22.6%', name: 'China' }, ring, { width: 800, height: 600 });
    expect(right.anchor).toBe('start');
    expect(right.x).toBe(578);
    const left = sliceLabel(
      { value: '18.6%', name: 'Russia' },
      { ...ring, midAngle: 180 },
      {
        width: 800,
        height: 600,
      },
    );
    expect(left.anchor).toBe('end');
    expect(left.x).toBe(222);
  });

  it('writes the percentage first, then the name wrapped to the room beside the ring', () => {
    const label = sliceLabel(
      { value: '30.4%', name: 'Rest of the world and other partners' },
      ring,
      { width: 800, height: 600 },
    );
    expect(label.lines[0]).toBe('30.4%');
    expect(label.lines.slice(1).join(' ')).toBe('Rest of the world and other partners');
    expect(label.lines.length).toBeGreaterThan(2);
  });

  it('stays inside the drawing for a slice at the bottom', () => {
    const label = sliceLabel(
      { value: '1%', name: 'X' },
      { ...ring, midAngle: -90 },
      {
        width: 800,
        height: 460,
      },
    );
    expect(label.y + label.lineHeight).toBeLessThanOrEqual(460);
  });
});
