import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textValuesFor } from '../data/text-values.ts';
import { addLanguage } from '../i18n/i18n.ts';
import type { Language } from '../../core/languages.ts';
import { useRenderContext } from './render-context.ts';
import type { SlideTextKey } from './types.ts';

/**
 * Returns a function giving a slide text in the current language (or another one, for the
 * quote), with its {{placeholders}} filled from the dataset, formatted for that language.
 */
export function useSlideText(): (key: SlideTextKey, lang?: Language) => string {
  const { t, i18n } = useTranslation('slides');
  const { lang: current } = useRenderContext();
  return useMemo(
    () =>
      (key, lang = current) => {
        // The quote and the presenter's notes show other languages than the current one.
        addLanguage(i18n, lang);
        // `replace`, not spread into the options: a spread would format every value.
        return t(key, { replace: textValuesFor(lang), lng: lang });
      },
    [t, i18n, current],
  );
}
