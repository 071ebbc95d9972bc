/**
 * The renderer's Content Security Policy: everything from the app's own origin, nothing
 * remote, no plugins, no framing, no forms. Inline styles stay allowed because Recharts and
 * React's `style` props write them.
 */
const PRODUCTION_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

/**
 * The policy string. With a dev server origin (unpackaged `npm run dev` only), Vite's
 * react-refresh preamble needs an inline script and its HMR client a WebSocket.
 */
export function contentSecurityPolicy(devServerOrigin?: string): string {
  return PRODUCTION_DIRECTIVES.map(([name, ...sources]) => {
    if (devServerOrigin !== undefined && name === 'script-src') sources.push("'unsafe-inline'");
    if (devServerOrigin !== undefined && name === 'connect-src') {
      sources.push(devServerOrigin.replace(/^http/, 'ws'));
    }
    return `${name} ${sources.join(' ')}`;
  }).join('; ');
}

/** Response headers with our policy as the only CSP (any other copy, whatever its case, is dropped). */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = values;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}
