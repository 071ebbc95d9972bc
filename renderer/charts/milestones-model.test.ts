import { describe, expect, it } from 'vitest';
import { milestoneLabelGeometry, milestonesColumn, milestonesModel } from './milestones-model.ts';
import { chartText } from './testing/chart-text.ts';
import { TIMELINE_LABEL_WIDTH, TIMELINE_MAX_LINES } from './timeline-layout.ts';

describe('milestonesModel', () => {
  const en = milestonesModel(chartText('en'));

  it('puts the 13 milestones on a 1992–2024 axis with a tick every four years', () => {
    expect(en.points).toHaveLength(13);
    expect(en.points[0]?.t).toBeCloseTo(1992.0, 1);
    expect(en.ticks).toEqual([1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024]);
    expect(en.domain).toEqual([1991.4, 2025.4]);
    expect(en.marks).toBe(13);
  });

  it('dates and names each milestone, and tables its detail, in the language shown', () => {
    expect(en.points[0]?.date).toBe('3 January 1992');
    const fr = milestonesModel(chartText('fr'));
    expect(fr.table.rows[0]?.[0]).toBe('3 janvier 1992');
    expect(fr.table.rows.every((r) => (r[1] ?? '').length > 10)).toBe(true);
    expect(fr.table.rows.some((r) => /\{\{/.test(r[1] ?? ''))).toBe(false);
  });
});

describe('milestoneLabelGeometry', () => {
  const slot = { x: 500, anchorX: 480, side: 'above', level: 0, crowded: false } as const;

  it('sits a label above the axis on its floor, with a leader up from the dot', () => {
    const g = milestoneLabelGeometry(slot, 300, 'Diplomatic relations established');
    expect(g.left).toBe(500 - TIMELINE_LABEL_WIDTH / 2);
    expect(g.textY).toBeLessThan(300);
    expect(g.leader.fromY).toBe(290);
    expect(g.leader.edgeY).toBeLessThan(300);
    expect(g.leader.x).toBe(480);
  });

  it('hangs a label below the axis from the second level, at most three lines', () => {
    const long = 'word '.repeat(60);
    const g = milestoneLabelGeometry({ ...slot, side: 'below', level: 1 }, 300, long);
    expect(g.dateY).toBeGreaterThan(300 + 40 + 108);
    expect(g.lines).toHaveLength(TIMELINE_MAX_LINES);
    expect(g.leader.fromY).toBe(310);
  });

  it('starts a leader below the year it would otherwise cross', () => {
    const below = { ...slot, side: 'below', level: 0 } as const;
    // The dot sits 10 px from the tick of a year: the year's text is in the leader's way.
    expect(milestoneLabelGeometry(below, 300, 'Treaty', [470, 900]).leader.fromY).toBe(338);
    expect(milestoneLabelGeometry(below, 300, 'Treaty', [400, 560]).leader.fromY).toBe(310);
    // Labels above the axis never meet the years under it.
    expect(milestoneLabelGeometry(slot, 300, 'Treaty', [480]).leader.fromY).toBe(290);
  });
});

describe('milestonesColumn', () => {
  it.each(['en', 'fr', 'kk'] as const)(
    'keeps the %s labels in time order, apart, inside the drawing and near their dots',
    (lang) => {
      const model = milestonesModel(chartText(lang));
      const column = milestonesColumn(model, 936, 820);
      expect(column.labels.map((l) => l.id)).toEqual(model.points.map((p) => p.id));
      column.labels.forEach((label, i) => {
        const height = label.lines.length * label.lineHeight;
        expect(label.top).toBeGreaterThanOrEqual(0);
        expect(label.top + height).toBeLessThanOrEqual(820);
        const next = column.labels[i + 1];
        if (next) expect(next.top).toBeGreaterThanOrEqual(label.top + height);
        expect(label.date).toBe(model.points[i]?.date);
      });
      // Time runs down the axis.
      const ys = column.ticks.map((t) => t.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    },
  );
});
