/**
 * electron-builder.yml: valid for electron-builder itself, and shaped as the project needs
 * (only build output packaged, all three OSes targeted, a 1024×1024 PNG icon).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const ROOT = resolve(import.meta.dirname, '..');
// js-yaml and app-builder-lib come with electron-builder (pinned) and ship no types of
// their own: the signatures used here are declared at the require.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void },
  ): Promise<void>;
};

const config: unknown = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));

const targets = (names: [string, ...string[]]) =>
  z.object({ target: z.array(z.enum(names)).nonempty() });

const ProjectShape = z.object({
  appId: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*){2,}$/),
  productName: z.string().min(1),
  directories: z.object({ output: z.literal('release') }),
  files: z.tuple([z.literal('out/**'), z.literal('package.json')]),
  icon: z.literal('assets/icon.png'),
  linux: targets(['AppImage', 'deb']).extend({
    category: z.literal('Office'),
    maintainer: z.string().regex(/^.+ <[^@\s]+@[^@\s]+>$/),
    // Window placement needs X11 or XWayland (electron/main/display-server.ts).
    executableArgs: z.tuple([z.literal('--ozone-platform=x11')]),
  }),
  // A swapped app.asar is refused only with both (Electron's fuses documentation).
  electronFuses: z.object({
    onlyLoadAppFromAsar: z.literal(true),
    enableEmbeddedAsarIntegrityValidation: z.literal(true),
    runAsNode: z.literal(false),
  }),
  win: targets(['nsis']),
  mac: targets(['dmg']),
});

describe('electron-builder.yml', () => {
  // electron-builder's validator takes 3 s alone and over 5 s on a busy two-core machine.
  it('passes electron-builder’s own schema validation', { timeout: 30_000 }, async () => {
    await expect(
      validateConfiguration(config, { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it('packages only the build output, for Linux, Windows and macOS', () => {
    const parsed = ProjectShape.safeParse(config);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const linux = (config as { linux: { target: string[] } }).linux.target;
    expect([...linux].sort()).toEqual(['AppImage', 'deb']);
  });

  it('points at a 1024×1024 PNG icon', () => {
    const png = readFileSync(join(ROOT, 'assets', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
