import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalYear, MILESTONES } from '../data/events.ts';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { wrapWords } from './chart-kit.ts';
import {
  placeTimelineLabels,
  TIMELINE_LABEL_CHARS,
  TIMELINE_LABEL_WIDTH,
  TIMELINE_MAX_LINES,
  type LabelSlot,
} from './timeline-layout.ts';

const W = TIMELINE_LABEL_WIDTH;

function overlaps(slots: readonly LabelSlot[], gap: number): string[] {
  const problems: string[] = [];
  slots.forEach((a, i) =>
    slots.forEach((b, j) => {
      if (j <= i || a.side !== b.side) return;
      const [near, far] = a.level <= b.level ? [a, b] : [b, a];
      if (a.level === b.level) {
        if (Math.abs(a.x - b.x) < W + gap) problems.push(`labels ${i} and ${j} overlap`);
      } else if (Math.abs(far.anchorX - near.x) <= W / 2 + gap) {
        problems.push(`leader of ${far === a ? i : j} crosses label ${near === a ? i : j}`);
      }
    }),
  );
  return problems;
}

describe('placeTimelineLabels', () => {
  const options = { labelWidth: W, minX: 0, maxX: 1680, levels: 2, gap: 10 };

  it('alternates sides next to the axis when there is room', () => {
    const slots = placeTimelineLabels([100, 500, 900, 1300], options);
    expect(slots.map((s) => [s.side, s.level])).toEqual([
      ['above', 0],
      ['below', 0],
      ['above', 0],
      ['below', 0],
    ]);
  });

  it('keeps labels inside the drawing and over their dot', () => {
    const slots = placeTimelineLabels([2, 1678], options);
    for (const s of slots) {
      expect(s.x - W / 2).toBeGreaterThanOrEqual(0);
      expect(s.x + W / 2).toBeLessThanOrEqual(1680);
      expect(Math.abs(s.anchorX - s.x)).toBeLessThanOrEqual(W / 2);
    }
  });

  it('returns slots in the order of the anchors given', () => {
    const slots = placeTimelineLabels([900, 100], options);
    expect(slots.map((s) => s.anchorX)).toEqual([900, 100]);
  });

  it('lays out the deck’s milestones on a full-width slide with no overlap', () => {
    const years = MILESTONES.map((m) => decimalYear(m.date, m.precision));
    const [d0, d1, left, right] = [1991.4, 2025.4, 24, 1680 - 24];
    const xs = years.map((y) => left + ((y - d0) / (d1 - d0)) * (right - left));
    const slots = placeTimelineLabels(xs, { ...options, minX: 4, maxX: 1676 });
    expect(slots.filter((s) => s.crowded)).toEqual([]);
    expect(overlaps(slots, 10)).toEqual([]);
  });

  it('marks labels crowded when there is no room at all', () => {
    const slots = placeTimelineLabels([500, 501, 502, 503, 504], { ...options, levels: 1 });
    expect(slots.some((s) => s.crowded)).toBe(true);
  });
});

describe('milestone labels', () => {
  it(`fit in ${TIMELINE_MAX_LINES} lines in every language`, () => {
    for (const lang of LANGUAGE_CODES) {
      const file = join(import.meta.dirname, '..', '..', 'locales', lang, 'data.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        milestones: Record<string, { label: string }>;
      };
      for (const m of MILESTONES) {
        const label = data.milestones[m.id]?.label ?? '';
        expect(label, `${lang} ${m.id}`).not.toBe('');
        const lines = wrapWords(label, TIMELINE_LABEL_CHARS);
        expect(lines.length, `${lang} ${m.id}: ${lines.join(' / ')}`).toBeLessThanOrEqual(
          TIMELINE_MAX_LINES,
        );
      }
    }
  });
});
