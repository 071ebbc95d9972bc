/**
 * Adds one of the app's separately built classic scripts (charts, PowerPoint builder) to the
 * page and resolves with what it defined, read by `exports` once it has run. A script that
 * fails is removed, so that a later try adds a fresh element rather than one more dead one.
 */
export function loadClassicScript<T>(
  file: string,
  exports: () => T | undefined,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(file, document.baseURI).href;
    script.onload = () => {
      const defined = exports();
      if (defined) resolve(defined);
      else reject(new Error(`${script.src} did not define ${what}`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`Could not load ${what} from ${script.src}`));
    };
    document.head.append(script);
  });
}
