/**
 * The PowerPoint builder (PptxGenJS and JSZip, about as much JavaScript as the rest of the
 * app) is built as a classic script of its own, like the charts (charts/chart-bundle.ts), and
 * loaded only when someone exports a deck: the deck's first load does not pay for it.
 * electron.vite.config.ts builds it with these names; load-pptx.ts loads it.
 */

/** The builder bundle's file, relative to index.html. */
export const PPTX_BUNDLE_FILE = 'assets/pptx.js';

/** The global the builder bundle's exports are assigned to. */
export const PPTX_BUNDLE_GLOBAL = 'BriefingPptx';
