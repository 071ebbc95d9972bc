/**
 * The ICU warm-up (intl-warm-up.ts) is built as a classic script of its own, which the built
 * index.html loads async from its head: it has to start before the app's script runs.
 * electron.vite.config.ts builds it and adds the tag.
 */

/** The warm-up script, relative to index.html. */
export const INTL_WARM_UP_FILE = 'assets/intl-warm-up.js';
