import { describe, expect, it } from 'vitest';
import { documentProperties } from './document-properties.ts';

describe('documentProperties', () => {
  it('names the kind of document and its language, for every exporter alike', () => {
    const handout = documentProperties('Chine–Kazakhstan', 'fr', 'handout');
    expect(handout).toMatchObject({
      title: 'Chine–Kazakhstan',
      subject: 'Handout (fr)',
      language: 'fr',
      keywords: expect.arrayContaining(['lang:fr', 'Kazakhstan']),
    });
    expect(documentProperties('Қытай', 'kk', 'slides').subject).toBe('Slides (kk)');
    expect(handout.author).toBe(documentProperties('x', 'en', 'slides').author);
  });
});
