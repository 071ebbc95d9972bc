import { LANGUAGES } from '../../core/languages.ts';

/**
 * ICU's first use in a renderer process loads its data: 25–35 ms of the main thread at a cold
 * start, whichever formatter comes first (docs/BENCHMARKS.md, "Cold start"). That data belongs
 * to the process, not to a thread, so formatters built in a worker leave it loaded for the
 * page. A small script in the page's head starts itself as that worker while the app's own
 * script is still arriving and compiling; the first view's formatters then cost next to
 * nothing. The worker has to start early: once the main thread is busy, it starts too late
 * (intl-warm-up-bundle.ts).
 */

/** Every locale the app formats with: its three languages, and the Kazakh fallback's digits. */
export const WARM_UP_LOCALES: readonly string[] = [
  ...Object.values(LANGUAGES).map((language) => language.intl),
  'en-US',
];

/** Builds and uses one formatter of each kind the app uses (i18next's plurals too), per locale. */
export function warmUpIntl(locales: readonly string[]): void {
  for (const locale of locales) {
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1.5);
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.PluralRules(locale).select(1);
  }
}

/** What the warm-up needs of a worker. */
interface WorkerLike {
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

/**
 * Starts `scriptUrl` as a worker. Where workers are refused (a page opened from file://, a
 * policy without them), nothing is lost: ICU loads on the main thread at first use, as before.
 */
export function startWarmUpWorker(
  scriptUrl: string,
  createWorker: (url: string) => WorkerLike = (url) => new Worker(url),
): boolean {
  try {
    // A warm-up that cannot load changes nothing the user sees; keep it out of the console.
    createWorker(scriptUrl).addEventListener('error', (event) => event.preventDefault());
    return true;
  } catch {
    return false;
  }
}
