import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyTextValues, type TextValues } from '../data/text-values.ts';
import { addLanguage } from '../i18n/i18n.ts';
import type { Language } from '../../core/languages.ts';
import { useRenderContext } from './render-context.ts';
import type { SlideTextKey } from './types.ts';

const values = new Map<Language, TextValues>();

/**
 * The dataset's figures for the texts' {{placeholders}}, each formatted for a language the
 * first time a text of that language shows it.
 */
function valuesFor(lang: Language): TextValues {
  let found = values.get(lang);
  if (!found) values.set(lang, (found = lazyTextValues(lang)));
  return found;
}

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
        return t(key, { replace: valuesFor(lang), lng: lang });
      },
    [t, i18n, current],
  );
}
