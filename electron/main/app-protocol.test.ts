import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  PRIVILEGED_SCHEMES,
  appResponseHeaders,
  mimeTypeFor,
  resolveAppRequest,
} from './app-protocol.ts';

const root = resolve('/srv/app/out/renderer');

describe('PRIVILEGED_SCHEMES', () => {
  it('registers app:// as standard, secure, fetchable and code-cached, without bypassing CSP', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });
});

describe('resolveAppRequest', () => {
  it('serves the entry page and nested assets from the root', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    const asset = resolveAppRequest('app://briefing/assets/index-abc.js?v=1#x', root);
    expect(asset).toMatchObject({ kind: 'file', path: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppRequest('app://briefing/', root)).toMatchObject({
      path: join(root, 'index.html'),
    });
  });

  it('decodes percent-encoded names', () => {
    const target = resolveAppRequest('app://briefing/fonts/noto%20sans.woff2', root);
    expect(target).toMatchObject({
      path: join(root, 'fonts', 'noto sans.woff2'),
      mimeType: 'font/woff2',
    });
  });

  it('keeps dot segments, even percent-encoded, inside the root (the URL parser collapses them)', () => {
    expect(resolveAppRequest('app://briefing/%2e%2e/main/index.js', root)).toMatchObject({
      path: join(root, 'main', 'index.js'),
    });
    expect(
      resolveAppRequest('app://briefing/assets/%2E%2E/%2E%2E/package.json', root),
    ).toMatchObject({
      path: join(root, 'package.json'),
    });
  });

  it.each([
    'app://briefing/..%2f..%2fpackage.json',
    'app://briefing/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://briefing/..%5c..%5cpackage.json',
    'app://briefing/a%00.js',
    'app://briefing/.%2findex.html',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('refuses other hosts, other schemes and malformed input', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', root)).toMatchObject({ status: 404 });
    expect(resolveAppRequest('not a url', root)).toMatchObject({ status: 400 });
    expect(resolveAppRequest('app://briefing/%E0%A4%A', root)).toMatchObject({ status: 400 });
  });

  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '.', '%2e', '%2E%2e', 'a', '%2f', '%5c', '', 'b.js')),
        (parts) => {
          const target = resolveAppRequest(`app://briefing/${parts.join('/')}`, root);
          if (target.kind === 'file') expect(target.path.startsWith(root + '/')).toBe(true);
        },
      ),
    );
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['x.svg', 'image/svg+xml'],
    ['x.woff2', 'font/woff2'],
    ['x.json', 'application/json; charset=utf-8'],
    ['x.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s → %s', (path, type) => expect(mimeTypeFor(path)).toBe(type));
});

describe('appResponseHeaders', () => {
  it('always carries the policy and nosniff', () => {
    expect(appResponseHeaders('text/plain', 'default-src x')).toEqual({
      'Content-Type': 'text/plain',
      'Content-Security-Policy': 'default-src x',
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
