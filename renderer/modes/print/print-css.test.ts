import { describe, expect, it } from 'vitest';
import { counterContent, pageCss, screenZoom } from './print-css.ts';

describe('print CSS', () => {
  it('turns page placeholders into CSS counters, in any word order', () => {
    expect(counterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(counterContent('{{pages}} беттің {{page}}-беті')).toBe(
      'counter(pages) " беттің " counter(page) "-беті"',
    );
  });

  it('quotes everything else safely', () => {
    expect(counterContent('Say "hi" \\ {{page}}')).toBe('"Say \\"hi\\" \\\\ " counter(page)');
    expect(counterContent('No counters')).toBe('"No counters"');
  });

  it('gives slides one 16:9 page each and handouts their paper with a footer', () => {
    expect(pageCss('slides', 'A4', { left: 'x', pageOf: 'y' })).toBe(
      '@page { size: 1920px 1080px; margin: 0; }',
    );
    const handout = pageCss('handout', 'Letter', {
      left: 'Chine et Kazakhstan · Français',
      pageOf: 'Page {{page}} sur {{pages}}',
    });
    expect(handout).toContain('size: 8.5in 11in');
    expect(handout).toContain('"Page " counter(page) " sur " counter(pages)');
    expect(handout).toContain('"Chine et Kazakhstan · Français"');
    expect(pageCss('handout', 'A4', { left: '', pageOf: '' })).toContain('size: 210mm 297mm');
  });
});

describe('print mode on screen', () => {
  it('shrinks the 1920-pixel slide pages to the window, never enlarges them', () => {
    expect(screenZoom(1366)).toBeCloseTo((1366 - 48) / 1920);
    expect(screenZoom(1280) * 1920).toBeLessThanOrEqual(1280 - 48);
    expect(screenZoom(2560)).toBe(1);
    expect(screenZoom(0)).toBeGreaterThan(0);
  });
});
