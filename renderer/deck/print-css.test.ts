import { describe, expect, it } from 'vitest';
import { counterContent, pageCss } from './print-css.ts';

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
