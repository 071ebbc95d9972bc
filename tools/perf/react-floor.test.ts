import { describe, expect, it } from 'vitest';
import { elementsCode, type Copied } from './react-floor.ts';

/** Evaluates generated code with an `h` that records what it was asked to build. */
function build(code: string): unknown {
  const h = (tag: string, props: Record<string, unknown>, ...children: unknown[]) => ({
    tag,
    props,
    children,
  });
  return new Function('h', `return ${code};`)(h);
}

describe('elementsCode', () => {
  it('builds the copied view again, element by element, with texts and attributes as copied', () => {
    const view: (Copied | string)[] = [
      [
        'section',
        {
          className: 'slide',
          'data-slide-id': 'title',
          style: { '--accent': '#c00', fontSize: '2px' },
        },
        [['h1', {}, ['La Chine et le Kazakhstan']], ' ', ['p', { lang: 'kk' }, ['Қазақстан']]],
      ],
      'after',
    ];
    expect(build(elementsCode(view))).toEqual([
      {
        tag: 'section',
        props: {
          className: 'slide',
          'data-slide-id': 'title',
          style: { '--accent': '#c00', fontSize: '2px' },
        },
        children: [
          { tag: 'h1', props: {}, children: ['La Chine et le Kazakhstan'] },
          ' ',
          { tag: 'p', props: { lang: 'kk' }, children: ['Қазақстан'] },
        ],
      },
      'after',
    ]);
  });

  it('keeps quotes, backslashes and a closing script tag inside strings', () => {
    const text = 'l’« Est » \\ "x" </script>';
    expect(build(elementsCode([['p', { title: text }, [text]]]))).toEqual([
      { tag: 'p', props: { title: text }, children: [text] },
    ]);
  });
});
