import { createI18n } from '../../i18n/i18n.ts';
import type { Language } from '../../../core/languages.ts';
import type { ChartText } from '../types.ts';

// Test support: what a chart model is given in the app, for `lang`, with the real locale files.
export function chartText(lang: Language): ChartText {
  return { lang, t: createI18n(lang).getFixedT(lang, 'data') };
}
