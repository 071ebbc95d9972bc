import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SlideView } from '../components/SlideView.tsx';
import { Thumbnail } from '../components/Stage.tsx';
import type { PrintLayout } from '../deck/modes.ts';
import { useDeckReady } from '../deck/readiness.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { useSlideText } from '../deck/slide-text.ts';
import { SLIDES } from '../deck/slides.ts';
import { formatDate } from '../i18n/format.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** Width of a slide on a portrait handout page, in CSS pixels (A4 minus margins). */
const HANDOUT_SLIDE_WIDTH = 640;

/**
 * `?mode=print`: every slide laid out for paper. `slides`: one 16:9 page per slide.
 * `handout`: a cover, then each slide with its speaker notes.
 */
export function PrintMode({ layout }: { layout: PrintLayout }) {
  const { t } = useTranslation();
  const text = useSlideText();
  const { lang } = useRenderContext();
  const root = useRef<HTMLDivElement>(null);
  useDeckReady(root, `print:${layout}:${lang}`);
  const total = SLIDES.length;

  if (layout === 'slides') {
    return (
      <div ref={root} className="mode mode--print print--slides">
        {SLIDES.map((slide, index) => (
          <div key={slide.id} className="print-page print-page--slide">
            <SlideView slide={slide} index={index} total={total} current={false} />
          </div>
        ))}
      </div>
    );
  }

  const today = new Date().toISOString().slice(0, 10);
  return (
    <div ref={root} className="mode mode--print print--handout">
      <section className="print-cover">
        <h1>{t('app.name')}</h1>
        <p>{t('print.language', { language: LANGUAGES[lang].name })}</p>
        <p>{t('print.date', { date: formatDate(lang, today) })}</p>
        <p>{t('slide.count', { count: total })}</p>
      </section>
      {SLIDES.map((slide, index) => (
        <article key={slide.id} className="print-handout-item">
          <Thumbnail width={HANDOUT_SLIDE_WIDTH}>
            <SlideView slide={slide} index={index} total={total} current={false} />
          </Thumbnail>
          <h2 className="print-handout-item__title">
            {index + 1}. {text(slide.title)}
          </h2>
          <h3>{t('print.notes')}</h3>
          <p className="print-handout-item__notes">{text(slide.notes)}</p>
        </article>
      ))}
    </div>
  );
}
