import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from './protocol-serve.ts';

const CSP = "default-src 'self'";
let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briefing-serve-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), 'secret');
});

afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  serveAppRequest(new Request(url, { method }), root, CSP);

describe('serveAppRequest', () => {
  it('serves files with their MIME type and the CSP', async () => {
    const page = await get('app://briefing/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>t</title>');
    const script = await get('app://briefing/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://briefing/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses traversal, missing files, directories and other methods, with the CSP', async () => {
    const traversal = await get('app://briefing/..%2fsecret.txt');
    expect(traversal.status).toBe(403);
    expect((await get('app://briefing/%2e%2e/secret.txt')).status).toBe(404);
    expect(await traversal.text()).not.toContain('secret');
    expect(traversal.headers.get('content-security-policy')).toBe(CSP);
    expect((await get('app://briefing/missing.js')).status).toBe(404);
    expect((await get('app://briefing/assets')).status).toBe(404);
    expect((await get('app://briefing/index.html', 'POST')).status).toBe(405);
  });
});
