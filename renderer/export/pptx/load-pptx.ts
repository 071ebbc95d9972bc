import type { Language } from '../../../core/languages.ts';
import { allResources } from '../../i18n/i18n.ts';
import { loadClassicScript } from '../../platform/classic-script.ts';
import { PPTX_BUNDLE_FILE, PPTX_BUNDLE_GLOBAL } from './pptx-bundle.ts';
import type * as Entry from './pptx-entry.ts';

type Builder = typeof Entry.briefingPptx;

interface BuilderGlobals {
  [PPTX_BUNDLE_GLOBAL]?: { briefingPptx?: Builder };
}

/** The builder, once its script has run; a failed load is forgotten, so a retry tries again. */
let builder: Promise<Builder> | undefined;

function builderScript(): Promise<Builder> {
  const globals = window as Window & BuilderGlobals;
  return loadClassicScript(
    PPTX_BUNDLE_FILE,
    () => globals[PPTX_BUNDLE_GLOBAL]?.briefingPptx,
    'the PowerPoint builder',
  );
}

/**
 * The deck in `lang` as a .pptx file, built in the page. The production build loads the
 * separately built builder script; the dev server, which serves modules, imports it.
 */
export async function briefingPptx(lang: Language): Promise<Uint8Array> {
  builder ??= import.meta.env.DEV
    ? import('./pptx-entry.ts').then((m) => m.briefingPptx)
    : builderScript();
  builder.catch(() => (builder = undefined));
  return (await builder)(allResources(), lang);
}
