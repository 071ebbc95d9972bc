import { useSlideText } from '../deck/slide-text.ts';
import type { LayoutProps } from './types.ts';

export function TitleLayout({ slide }: LayoutProps<'title'>) {
  const text = useSlideText();
  return (
    <div className="layout-title">
      <div className="layout-title__band" aria-hidden="true">
        <span className="band band--steppe" />
        <span className="band band--gold" />
        <span className="band band--vermilion" />
      </div>
      <h1 className="layout-title__title" id={`slide-title-${slide.id}`}>
        {text(slide.title)}
      </h1>
      {slide.lead && <p className="layout-title__lead">{text(slide.lead)}</p>}
    </div>
  );
}
