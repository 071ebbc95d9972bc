import { describe, expect, it } from 'vitest';
import { numberedTitle, parseOutline, pdfOutline, type OutlineInput } from './pdf-outline.ts';

const input: OutlineInput = {
  layout: 'handout',
  perPage: 1,
  slides: [
    { title: 'China and Kazakhstan', hasData: false },
    { title: 'Trade', hasData: true },
  ],
  headings: { cover: 'A briefing', notes: 'Speaker notes', data: 'Data', sources: 'Sources' },
};

describe('PDF outline', () => {
  it('slides: one numbered bookmark per slide, pointing at the slide’s heading', () => {
    expect(pdfOutline({ ...input, layout: 'slides' })).toEqual([
      { title: '1. China and Kazakhstan', anchor: 'China and Kazakhstan', children: [] },
      { title: '2. Trade', anchor: 'Trade', children: [] },
    ]);
  });

  it('handout, one slide a page: cover, each slide with its notes and data, sources', () => {
    const leaf = (title: string) => ({ title, anchor: title, children: [] });
    expect(pdfOutline(input)).toEqual([
      leaf('A briefing'),
      {
        title: '1. China and Kazakhstan',
        anchor: '1. China and Kazakhstan',
        children: [leaf('Speaker notes')],
      },
      { title: '2. Trade', anchor: '2. Trade', children: [leaf('Speaker notes'), leaf('Data')] },
      leaf('Sources'),
    ]);
  });

  it('handout, several slides a page: slides without anything beneath', () => {
    const outline = pdfOutline({ ...input, perPage: 3 });
    expect(outline.map((entry) => entry.title)).toEqual([
      'A briefing',
      '1. China and Kazakhstan',
      '2. Trade',
      'Sources',
    ]);
    expect(outline.every((entry) => entry.children.length === 0)).toBe(true);
  });

  it('numbers slides from one', () => {
    expect(numberedTitle(12, 'Sources')).toBe('13. Sources');
  });

  it('reads back what print mode wrote, and nothing malformed', () => {
    const outline = pdfOutline(input);
    expect(parseOutline(JSON.stringify(outline))).toEqual(outline);
    expect(parseOutline(null)).toBeUndefined();
    expect(parseOutline('{')).toBeUndefined();
    expect(parseOutline('[{"title":1,"anchor":"a","children":[]}]')).toBeUndefined();
    expect(parseOutline('[{"title":"a","anchor":"a"}]')).toBeUndefined();
    const deep = [
      {
        title: 'a',
        anchor: 'a',
        children: [
          {
            title: 'b',
            anchor: 'b',
            children: [
              { title: 'c', anchor: 'c', children: [{ title: 'd', anchor: 'd', children: [] }] },
            ],
          },
        ],
      },
    ];
    expect(parseOutline(JSON.stringify(deep))).toBeUndefined();
  });
});
