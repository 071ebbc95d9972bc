import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRenderContext } from '../deck/render-context.ts';
import { SLIDES } from '../deck/slides.ts';
import { useSlideText } from '../deck/slide-text.ts';
import { SlideView } from './SlideView.tsx';
import { Thumbnail } from './Stage.tsx';

/** Thumbnail widths, in CSS pixels; overview.css sizes the grid's columns to match. */
const THUMBNAIL_WIDTH = { landscape: 400, portrait: 300 } as const;

interface Props {
  /** The highlighted slide, which also has the focus. */
  readonly current: number;
  /** Focus moved to another card (Tab, a click): it becomes the highlighted one. */
  readonly onHighlight: (index: number) => void;
  readonly onOpen: (index: number) => void;
}

/**
 * Every slide as a thumbnail; Enter or a click opens one. The highlight and the focus are one
 * thing: the highlighted card has the focus, and a card that gets the focus is highlighted,
 * so Enter always opens the card that looks selected.
 */
export function OverviewGrid({ current, onHighlight, onOpen }: Props) {
  const { t } = useTranslation();
  const text = useSlideText();
  // The thumbnails show the window's design: a totem's overview shows portrait slides.
  const { orientation } = useRenderContext();
  const currentButton = useRef<HTMLButtonElement>(null);
  useEffect(() => currentButton.current?.focus(), [current]);
  return (
    <nav className="overview" aria-label={t('nav.overview')}>
      <h1 className="overview__title">{t('nav.overview')}</h1>
      <ol className="overview__grid">
        {SLIDES.map((slide, index) => (
          <li key={slide.id} className="overview__item">
            {/* The thumbnail is a picture of the slide: its own controls must not take focus. */}
            <div inert>
              <Thumbnail width={THUMBNAIL_WIDTH[orientation]} orientation={orientation}>
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
              onFocus={() => {
                if (index !== current) onHighlight(index);
              }}
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
