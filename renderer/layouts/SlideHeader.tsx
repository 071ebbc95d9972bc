import { useSlideText } from '../deck/slide-text.ts';
import type { SlideDescriptor } from '../deck/types.ts';

/** Title and lead, the same on every layout, so the hierarchy never changes between slides. */
export function SlideHeader({ slide }: { slide: SlideDescriptor }) {
  const text = useSlideText();
  return (
    <header className="slide__header">
      <h2 className="slide__title" id={`slide-title-${slide.id}`}>
        {text(slide.title)}
      </h2>
      {slide.lead && <p className="slide__lead">{text(slide.lead)}</p>}
    </header>
  );
}
