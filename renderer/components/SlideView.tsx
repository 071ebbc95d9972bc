import { useTranslation } from 'react-i18next';
import type { SlideDescriptor } from '../deck/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { useRenderContext, useSlideOrientation } from '../deck/render-context.ts';
import { LayoutFor } from '../layouts/registry.tsx';
import { SlideErrorBoundary } from './SlideErrorBoundary.tsx';

interface Props {
  readonly slide: SlideDescriptor;
  readonly index: number;
  readonly total: number;
  /** The slide being shown (aria-current="true"). */
  readonly current: boolean;
}

/**
 * One slide at its design size (1920×1080, or 1080×1920 in portrait); every mode draws
 * slides with this component.
 */
export function SlideView({ slide, index, total, current }: Props) {
  const { t } = useTranslation();
  const { lang } = useRenderContext();
  const orientation = useSlideOrientation();
  return (
    <section
      className={`slide slide--${slide.layout}${orientation === 'portrait' ? ' slide--portrait' : ''}`}
      data-slide-id={slide.id}
      aria-current={current ? 'true' : undefined}
      aria-labelledby={`slide-title-${slide.id}`}
    >
      <div className="slide__band" aria-hidden="true" />
      <SlideErrorBoundary message={t('slide.error')}>
        <LayoutFor slide={slide} />
      </SlideErrorBoundary>
      <footer className="slide__footer" aria-hidden="true">
        <span className="slide__brand">{t('app.name')}</span>
        <span className="slide__number">
          {formatNumber(lang, index + 1)} / {formatNumber(lang, total)}
        </span>
      </footer>
    </section>
  );
}
