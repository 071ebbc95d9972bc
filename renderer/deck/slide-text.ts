import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textValues } from '../data/dataset.ts';
import type { Language } from '../i18n/languages.ts';
import { useRenderContext } from './render-context.ts';
import type { SlideTextKey } from './types.ts';

/**
 * Returns a function giving a slide text in the current language (or another one, for the
 * quote), with its {{placeholders}} filled from the dataset, formatted for that language.
 */
export function useSlideText(): (key: SlideTextKey, lang?: Language) => string {
  const { t } = useTranslation('slides');
  const { lang: current } = useRenderContext();
  return useMemo(() => {
    const cache = new Map<Language, Record<string, string>>();
    const valuesFor = (lang: Language) => {
      let values = cache.get(lang);
      if (!values) cache.set(lang, (values = { ...textValues(lang) }));
      return values;
    };
    return (key, lang = current) => t(key, { ...valuesFor(lang), lng: lang });
  }, [t, current]);
}
