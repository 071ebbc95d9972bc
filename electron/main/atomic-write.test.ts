import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-atomic-'));
});
afterEach(async () => {
  await chmod(dir, 0o700);
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates and replaces the file, leaving no temporary file', async () => {
    const target = join(dir, 'out.pdf');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    await writeFile(join(dir, 'other'), 'x');
    await writeFileAtomic(target, 'second');
    expect(await readFile(target, 'utf8')).toBe('second');
    expect((await readdir(dir)).sort()).toEqual(['other', 'out.pdf']);
  });

  it('fails with the file system error and leaves the old file intact', async () => {
    const target = join(dir, 'keep.json');
    await writeFile(target, 'old');
    const missing = join(dir, 'no-such-folder', 'x.json');
    await expect(writeFileAtomic(missing, 'new')).rejects.toMatchObject({ code: 'ENOENT' });
    if (process.getuid?.() !== 0) {
      await chmod(dir, 0o500);
      await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    }
    expect(await readFile(target, 'utf8')).toBe('old');
  });
});
