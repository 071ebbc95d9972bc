import { useSlideText } from '../deck/slide-text.ts';
import { useRenderContext } from '../deck/render-context.ts';
import { LANGUAGE_CODES, LANGUAGES } from '../../core/languages.ts';
import type { LayoutProps } from './types.ts';

/** The saying large in the current language and, smaller, in the other two. */
export function QuoteLayout({ slide }: LayoutProps<'quote'>) {
  const text = useSlideText();
  const { lang } = useRenderContext();
  const quote = slide.quote;
  return (
    <div className="layout-quote">
      <h2 className="slide__title layout-quote__title" id={`slide-title-${slide.id}`}>
        {text(slide.title)}
      </h2>
      {quote && (
        <blockquote className="layout-quote__saying" lang={lang}>
          <p>{text(quote)}</p>
        </blockquote>
      )}
      {slide.lead && <p className="layout-quote__attribution">{text(slide.lead)}</p>}
      {quote && (
        <ul className="layout-quote__others">
          {LANGUAGE_CODES.filter((other) => other !== lang).map((other) => (
            <li key={other} lang={other}>
              <span className="layout-quote__lang">{LANGUAGES[other].name}</span>
              {text(quote, other)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
