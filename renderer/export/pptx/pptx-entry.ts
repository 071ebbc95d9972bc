import type { Language } from '../../../core/languages.ts';
import type { Resources } from '../../i18n/resources.ts';
import { buildPptx, pptxBytes } from './build-pptx.ts';
import { deckWords } from './words.ts';

/**
 * What the builder bundle exports: the deck in `lang` as a .pptx file, from the locale
 * resources the app has already loaded (so the bundle carries no second copy of them).
 */
export function briefingPptx(resources: Resources, lang: Language): Promise<Uint8Array> {
  return pptxBytes(buildPptx(deckWords(resources, lang)));
}
