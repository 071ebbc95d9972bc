import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../core/languages.ts';
import { textValuesFor } from '../../data/text-values.ts';
import type { SlideTextKey } from '../../deck/types.ts';
import { i18nOptions, type Resources } from '../../i18n/resources.ts';

/** Every word a deck needs, in one language: what the builder is given instead of React's hooks. */
export interface DeckWords {
  readonly lang: Language;
  /** A slide text with its {{placeholders}} filled from the dataset (in `other`, for the quote). */
  readonly slide: (key: SlideTextKey, other?: Language) => string;
  /** The chart words, as the chart models take them. */
  readonly data: TFunction<'data'>;
  readonly common: TFunction<'common'>;
}

/**
 * The words of one language from the locale resources, through an i18next instance of its
 * own (no React): the app passes the resources it loaded, the command line the files it read.
 * English fills what a locale lacks, as on screen.
 */
export function deckWords(resources: Resources, lang: Language): DeckWords {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(resources, lang));
  const slides = instance.getFixedT(lang, 'slides');
  return {
    lang,
    slide: (key, other = lang) => slides(key, { replace: textValuesFor(other), lng: other }),
    data: instance.getFixedT(lang, 'data'),
    common: instance.getFixedT(lang, 'common'),
  };
}
