import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runScript } from './run-script.ts';

// `npm run kiosk -- --check --config <file>`: the desktop kiosk's validation, no Electron.
const kiosk = (folder: string, ...args: string[]) => runScript('scripts/kiosk.ts', folder, args);

test('a config is checked as the desktop app checks it, and given a browser address', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kiosk-check-'));
  writeFileSync(join(folder, 'bad.json'), JSON.stringify({ dwells: { treade: 3 } }));
  const bad = await kiosk(folder, '--check', '--config', 'bad.json');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain(`${join(folder, 'bad.json')}: invalid settings`);
  expect(bad.stderr).toMatch(/dwells\.treade: "treade" is not a slide id \(slides: title, /);

  const good = await kiosk(process.cwd(), '--check', '--config', 'assets/kiosk.example.json');
  expect(good.code, good.stderr).toBe(0);
  expect(good.stdout).toContain('valid kiosk settings');
  expect(good.stdout).toContain('http://127.0.0.1:4173/?mode=kiosk&lang=fr&langs=fr,kk,en');
  expect(good.stdout).toContain('A browser ignores display, exitShortcut, exitPin');

  const usage = await kiosk(folder, '--config', 'bad.json');
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('Usage: npm run kiosk -- --check --config <file.json>');
});

test('npm start says a kiosk config is wrong before it looks for the Electron runtime', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  const bad = join(folder, 'bad.json');
  writeFileSync(bad, JSON.stringify({ kiosk: true, idle: 0 }));
  const result = await runScript('scripts/start.mjs', process.cwd(), ['--kiosk', '--config', bad]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`${bad}: invalid settings`);
  expect(result.stderr).toMatch(/idle: /);
  expect(result.stdout).not.toContain('Electron runtime');
});

test('npm start refuses a wrong option, and explains its options, before it looks for Electron', async () => {
  const wrong = await runScript('scripts/start.mjs', process.cwd(), ['--orientation', 'sideways']);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain('--orientation');
  expect(wrong.stderr).toContain('sideways');
  expect(wrong.stderr).toContain('Usage:');
  expect(wrong.stdout).not.toContain('Electron runtime');

  const help = await runScript('scripts/start.mjs', process.cwd(), ['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--orientation <auto|landscape|portrait>');
  expect(help.stdout).not.toContain('Electron runtime');
});
