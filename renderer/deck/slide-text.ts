import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textValues } from '../data/dataset.ts';
import type { Language } from '../../core/languages.ts';
import { useRenderContext } from './render-context.ts';
import type { SlideTextKey } from './types.ts';

/** The dataset's figures, formatted once per language for the texts' {{placeholders}}. */
const VALUES: Record<Language, Record<string, string>> = {
  en: { ...textValues('en') },
  fr: { ...textValues('fr') },
  kk: { ...textValues('kk') },
};

/**
 * Returns a function giving a slide text in the current language (or another one, for the
 * quote), with its {{placeholders}} filled from the dataset, formatted for that language.
 */
export function useSlideText(): (key: SlideTextKey, lang?: Language) => string {
  const { t } = useTranslation('slides');
  const { lang: current } = useRenderContext();
  return useMemo(
    () =>
      (key, lang = current) =>
        t(key, { ...VALUES[lang], lng: lang }),
    [t, current],
  );
}
