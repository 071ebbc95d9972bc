import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKioskLog } from './kiosk-log.ts';

describe('openKioskLog', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiosk-log-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('appends lines and rotates into at most the configured number of files', async () => {
    const path = join(folder, 'kiosk.log');
    const log = openKioskLog(path, { maxBytes: 120, files: 3 });
    for (let index = 0; index < 12; index += 1) log.write('event', `number ${index}`);
    expect((await readdir(folder)).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    const live = await readFile(path, 'utf8');
    expect(live).toMatch(/number 11\n$/);
    expect(Buffer.byteLength(live)).toBeLessThanOrEqual(120);
    // The oldest lines were dropped with the oldest file.
    const kept = (
      await Promise.all(
        ['kiosk.log.2', 'kiosk.log.1', 'kiosk.log'].map((name) =>
          readFile(join(folder, name), 'utf8'),
        ),
      )
    ).join('');
    expect(kept).not.toContain('number 0\n');
  });

  it('logs a write failure to the console instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = openKioskLog(join(folder, 'missing', 'kiosk.log'), { maxBytes: 100, files: 2 });
    expect(() => log.write('start')).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
