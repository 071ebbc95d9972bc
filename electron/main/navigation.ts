/**
 * The origin check behind navigation, redirects and IPC senders: only the app's own origin
 * (and the dev server in development) may load in a window or talk to main.
 */

/** `scheme://host[:port]` of a URL, or undefined. Not `URL.origin`, which is "null" for app://. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

export function isAllowedOrigin(
  url: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (url === undefined) return false;
  const origin = originOf(url);
  return origin !== undefined && allowedOrigins.includes(origin);
}
