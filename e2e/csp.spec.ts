import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { waitForDeckReady } from './helpers.ts';

/** A securitypolicyviolation event, as the page saw it. */
interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly policy: string;
}

interface Probe {
  /** Requests for a host other than loopback that the page started (page.on('request')). */
  readonly requested: string[];
  /** Of those, the ones Chromium failed with its "csp" reason: blocked before being sent. */
  readonly blockedByCsp: string[];
  /** Requests that reached the browser's network layer for a host other than loopback. */
  readonly reachedNetwork: string[];
  /** Responses received from such hosts. */
  readonly responses: string[];
}

const isLocal = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  return ['file:', 'data:', 'blob:'].includes(protocol) || hostname === '127.0.0.1';
};

/**
 * Opens the deck and watches for anything leaving the machine. Every non-local request is
 * routed here (and aborted), so if the policy let one through it would be recorded: a
 * request that the CSP blocks never reaches the network layer, and so never the route.
 */
async function openWatched(page: Page, url: string): Promise<Probe> {
  const probe: Probe = { requested: [], blockedByCsp: [], reachedNetwork: [], responses: [] };
  await page.context().route(
    (target) => !isLocal(target.href),
    (route) => {
      probe.reachedNetwork.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page.on('request', (request) => {
    if (!isLocal(request.url())) probe.requested.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (!isLocal(request.url()) && request.failure()?.errorText === 'csp') {
      probe.blockedByCsp.push(request.url());
    }
  });
  page.on('response', (response) => {
    if (!isLocal(response.url())) probe.responses.push(response.url());
  });
  await page.goto(url);
  await waitForDeckReady(page);
  await page.evaluate(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        policy: event.originalPolicy,
      });
    });
  });
  return probe;
}

/** Nothing left the machine: whatever the page asked for was stopped by the policy. */
async function expectNothingSent(probe: Probe): Promise<void> {
  // A blocked <img> still shows up as a request, failed with reason "csp"; fetch and
  // sendBeacon are refused before Chromium creates a request at all.
  await expect.poll(() => probe.blockedByCsp.length).toBe(probe.requested.length);
  expect(probe.blockedByCsp.sort()).toEqual(probe.requested.sort());
  expect(probe.reachedNetwork).toEqual([]);
  expect(probe.responses).toEqual([]);
}

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

/**
 * Waits until the page reports a violation of `directive` by the policy that contains
 * `policy` (served over http, the header and the meta tag both apply and both report).
 */
async function expectViolation(
  page: Page,
  policy: string,
  directive: string,
  blocked?: RegExp,
): Promise<void> {
  await expect
    .poll(async () => {
      const seen = await violations(page);
      const found = seen.some(
        (v) =>
          v.directive === directive &&
          v.policy.includes(policy) &&
          (blocked === undefined || blocked.test(v.blocked)),
      );
      return found ? 'reported' : JSON.stringify(seen.map((v) => [v.directive, v.blocked]));
    })
    .toBe('reported');
}

/** The attacks: script injected into the page, and requests to the outside world. */
function cspSuite(label: string, url: () => string, policy: string): void {
  test.describe(`Content Security Policy (${label})`, () => {
    test('an injected inline script does not run', async ({ page }) => {
      await openWatched(page, url());
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = 1';
        document.body.append(script);
        // Markup injection: parsed <script> never runs, but an inline handler would.
        document.body.insertAdjacentHTML(
          'beforeend',
          '<script>window.__pwned = 2</script><img alt="" src="missing.png" onerror="window.__pwned = 3">',
        );
      });
      await expectViolation(page, policy, 'script-src-elem', /^inline$/);
      await expectViolation(page, policy, 'script-src-attr', /^inline$/);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    test('eval and new Function are refused', async ({ page }) => {
      await openWatched(page, url());
      // From a timer, not from the evaluate call itself: DevTools' own evaluation may eval.
      const outcome = await page.evaluate(
        () =>
          new Promise<string[]>((done) =>
            setTimeout(() => {
              const results: string[] = [];
              try {
                results.push(String(window.eval('1 + 1')));
              } catch (error) {
                results.push((error as Error).name);
              }
              try {
                results.push(String(new Function('return 2')()));
              } catch (error) {
                results.push((error as Error).name);
              }
              done(results);
            }),
          ),
      );
      expect(outcome).toEqual(['EvalError', 'EvalError']);
      await expectViolation(page, policy, 'script-src', /^eval$/);
    });

    test('fetch to a remote host is blocked before it reaches the network', async ({ page }) => {
      const probe = await openWatched(page, url());
      const error = await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'fetched',
          (reason: unknown) => (reason as Error).name,
        ),
      );
      expect(error).toBe('TypeError');
      await expectViolation(page, policy, 'connect-src', /^https:\/\/example\.com/);
      await expectNothingSent(probe);
    });

    test('a remote image is blocked before it reaches the network', async ({ page }) => {
      const probe = await openWatched(page, url());
      await page.evaluate(() =>
        document.body.insertAdjacentHTML(
          'beforeend',
          '<img alt="" id="remote" src="http://192.0.2.1/x.png">',
        ),
      );
      await expectViolation(page, policy, 'img-src', /^http:\/\/192\.0\.2\.1/);
      expect(
        await page.locator('#remote').evaluate((img) => (img as HTMLImageElement).naturalWidth),
      ).toBe(0);
      // The request listener does see this one: started, then failed by the policy.
      await expect.poll(() => probe.blockedByCsp).toEqual(['http://192.0.2.1/x.png']);
      await expectNothingSent(probe);
    });

    test('remote styles, fonts, frames and beacons are blocked too', async ({ page }) => {
      const probe = await openWatched(page, url());
      await page.evaluate(() => {
        document.head.insertAdjacentHTML(
          'beforeend',
          '<link rel="stylesheet" href="https://example.com/x.css">' +
            '<style>@font-face { font-family: X; src: url(https://example.com/x.woff2); }' +
            ' body { font-family: X; }</style>',
        );
        document.fonts.load('16px X').catch(() => undefined);
        const frame = document.createElement('iframe');
        frame.src = 'https://example.com/';
        document.body.append(frame);
        navigator.sendBeacon('https://example.com/beacon', 'x');
      });
      await expectViolation(page, policy, 'style-src-elem', /example\.com/);
      await expectViolation(page, policy, 'font-src', /example\.com/);
      await expectViolation(page, policy, 'frame-src', /example\.com/);
      await expectViolation(page, policy, 'connect-src', /example\.com\/beacon/);
      await expectNothingSent(probe);
    });
  });
}

// Served: the static server sends the policy as a header (with frame-ancestors, which only a
// header can carry), and every report names that policy.
cspSuite('http, header', () => '/?lang=en#/trade', "frame-ancestors 'none'");

// From file://, as the packaged renderer can be opened: only the <meta> policy applies.
cspSuite(
  'file://, meta tag',
  () => `${pathToFileURL(resolve('out/renderer/index.html')).href}?lang=fr#/trade`,
  "default-src 'self'",
);

test('the static server sends the policy header on every file it serves', async ({ page }) => {
  const response = await page.goto('/?lang=en');
  const csp = response?.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
});

test('the built index.html carries the policy as a meta tag', async ({ page }) => {
  await page.goto(`${pathToFileURL(resolve('out/renderer/index.html')).href}?lang=en`);
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("connect-src 'self'");
  expect(meta).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
});
