import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SLIDES } from '../deck/slides.ts';
import { useSlideText } from '../deck/slide-text.ts';
import { SlideView } from './SlideView.tsx';
import { Thumbnail } from './Stage.tsx';

interface Props {
  readonly current: number;
  readonly onOpen: (index: number) => void;
}

/** Every slide as a thumbnail; Enter or a click opens one. */
export function OverviewGrid({ current, onOpen }: Props) {
  const { t } = useTranslation();
  const text = useSlideText();
  const currentButton = useRef<HTMLButtonElement>(null);
  useEffect(() => currentButton.current?.focus(), []);
  return (
    <nav className="overview" aria-label={t('nav.overview')}>
      <h1 className="overview__title">{t('nav.overview')}</h1>
      <ol className="overview__grid">
        {SLIDES.map((slide, index) => (
          <li key={slide.id} className="overview__item">
            {/* The thumbnail is a picture of the slide: its own controls must not take focus. */}
            <div inert>
              <Thumbnail width={400}>
                <SlideView
                  slide={slide}
                  index={index}
                  total={SLIDES.length}
                  current={index === current}
                />
              </Thumbnail>
            </div>
            <button
              ref={index === current ? currentButton : undefined}
              type="button"
              className="overview__open"
              aria-label={t('nav.open', { number: index + 1, title: text(slide.title) })}
              aria-current={index === current ? 'true' : undefined}
              onClick={() => onOpen(index)}
            >
              <span className="overview__number">{index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
