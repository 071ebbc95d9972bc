import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from './config-file.ts';

describe('readConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-config-'));

  it('is an empty configuration without --config', () => {
    expect(readConfigFile(undefined)).toEqual({ ok: true, config: {} });
  });

  it('names the file and the reason when it cannot be read', () => {
    const result = readConfigFile(join(dir, 'missing.json'));
    expect(result).toEqual({
      ok: false,
      message: `${join(dir, 'missing.json')}: cannot read the file (ENOENT)`,
    });
  });

  it('reads a kiosk configuration, and refuses a bad field by name', () => {
    const good = join(dir, 'kiosk.json');
    writeFileSync(good, JSON.stringify({ mode: 'kiosk', langs: ['fr', 'kk'] }));
    expect(readConfigFile(good)).toMatchObject({ ok: true, config: { mode: 'kiosk' } });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ mode: 'kiosk', orientation: 'sideways' }));
    expect(readConfigFile(bad)).toMatchObject({
      ok: false,
      message: expect.stringContaining('orientation'),
    });
  });
});
