import { startWarmUpWorker, WARM_UP_LOCALES, warmUpIntl } from './intl-warm-up.ts';

// This one file runs twice (intl-warm-up.ts says why): loaded by the page, it starts itself as
// a worker; in that worker, it builds the formatters and ends.
if (typeof document === 'undefined') {
  warmUpIntl(WARM_UP_LOCALES);
  close();
} else if (document.currentScript instanceof HTMLScriptElement) {
  startWarmUpWorker(document.currentScript.src);
}
