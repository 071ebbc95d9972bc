import type { Language } from '../../../core/languages.ts';
import { allResources } from '../../i18n/i18n.ts';
import { PPTX_BUNDLE_FILE, PPTX_BUNDLE_GLOBAL } from './pptx-bundle.ts';
import type * as Entry from './pptx-entry.ts';

type Builder = typeof Entry.briefingPptx;

interface BuilderGlobals {
  [PPTX_BUNDLE_GLOBAL]?: { briefingPptx?: Builder };
}

/** Runs the builder bundle's script once; a failed load is forgotten, so a retry tries again. */
let builder: Promise<Builder> | undefined;

function builderScript(): Promise<Builder> {
  const script = document.createElement('script');
  script.src = new URL(PPTX_BUNDLE_FILE, document.baseURI).href;
  const loaded = new Promise<Builder>((resolve, reject) => {
    script.addEventListener('load', () => {
      const found = (window as Window & BuilderGlobals)[PPTX_BUNDLE_GLOBAL]?.briefingPptx;
      if (found) resolve(found);
      else reject(new Error(`${script.src} did not define the PowerPoint builder`));
    });
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`The PowerPoint builder could not be loaded from ${script.src}`));
    });
  });
  document.head.append(script);
  return loaded;
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
