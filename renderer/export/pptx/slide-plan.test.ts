import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../core/languages.ts';
import { SLIDES } from '../../deck/slides.ts';
import { allResources } from '../../i18n/i18n.ts';
import { STAGE, type Drawn } from './drawing.ts';
import { slidePlan } from './slide-plan.ts';
import { deckWords } from './words.ts';

const text = (drawn: readonly Drawn[]): string =>
  drawn
    .flatMap((d) =>
      d.kind === 'text'
        ? [typeof d.text === 'string' ? d.text : d.text.map((r) => r.text).join('')]
        : d.kind === 'shape' && d.text
          ? [d.text]
          : [],
    )
    .join('\n');

describe.each(LANGUAGE_CODES)('slide plans in %s', (lang) => {
  const words = deckWords(allResources(), lang);
  const plans = SLIDES.map((slide, i) => slidePlan(slide, i, SLIDES.length, words));

  it('puts each slide’s title on it and its notes in the notes pane', () => {
    plans.forEach((plan, i) => {
      const slide = SLIDES[i];
      if (!slide) throw new Error('no slide');
      expect(text(plan.drawn)).toContain(words.slide(slide.title));
      expect(plan.notes).toBe(words.slide(slide.notes));
      expect(plan.notes.length).toBeGreaterThan(40);
    });
  });

  it('numbers every slide in the footer, beside the briefing’s name', () => {
    plans.forEach((plan, i) => {
      expect(text(plan.drawn)).toContain(`${i + 1} / ${SLIDES.length}`);
      expect(text(plan.drawn)).toContain(words.common('app.name'));
    });
  });

  it('keeps everything on the 16:9 stage', () => {
    for (const plan of plans) {
      for (const item of plan.drawn) {
        const corners =
          item.kind === 'line'
            ? [item.from, item.to]
            : item.kind === 'path'
              ? item.points
              : [
                  [item.box.x, item.box.y] as const,
                  [item.box.x + item.box.w, item.box.y + item.box.h] as const,
                ];
        const xs = corners.map(([x]) => x);
        const ys = corners.map(([, y]) => y);
        const box = {
          x: Math.min(...xs),
          y: Math.min(...ys),
          w: Math.max(...xs) - Math.min(...xs),
          h: Math.max(...ys) - Math.min(...ys),
        };
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(STAGE.width);
        expect(box.y + box.h).toBeLessThanOrEqual(STAGE.height);
      }
    }
  });

  it('draws the data charts natively, five of them, and the statements as three points', () => {
    const charts = plans.flatMap((p) => p.drawn.filter((d) => d.kind === 'chart'));
    expect(charts).toHaveLength(5);
    SLIDES.forEach((slide, i) => {
      if (slide.layout !== 'statement') return;
      const body = text(plans[i]?.drawn ?? []);
      for (const point of slide.points) expect(body).toContain(words.slide(point));
    });
  });

  it('writes the saying in the two other languages too', () => {
    const index = SLIDES.findIndex((s) => s.layout === 'quote');
    const quote = SLIDES[index];
    if (quote?.layout !== 'quote') throw new Error('no quote slide');
    const body = text(plans[index]?.drawn ?? []);
    for (const other of LANGUAGE_CODES) expect(body).toContain(words.slide(quote.quote, other));
  });
});
