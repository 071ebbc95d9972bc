import { useSlideText } from '../deck/slide-text.ts';
import type { LayoutProps } from './types.ts';
import { SlideHeader } from './SlideHeader.tsx';

export function StatementLayout({ slide }: LayoutProps<'statement'>) {
  const text = useSlideText();
  return (
    <div className="layout-statement">
      <SlideHeader slide={slide} />
      <ol className="layout-statement__points">
        {slide.points.map((key, i) => (
          <li key={key} className="point">
            <span className="point__number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="point__text">{text(key)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
