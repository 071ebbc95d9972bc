import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStateStore, parseStoredState } from './state-store.ts';

const window = {
  bounds: { x: 1, y: 2, width: 900, height: 600 },
  maximized: false,
  fullScreen: true,
};

describe('parseStoredState', () => {
  it('keeps valid fields and drops the rest', () => {
    expect(parseStoredState({ language: 'kk', window })).toEqual({ language: 'kk', window });
    expect(parseStoredState({ language: 'de', window })).toEqual({ window });
    expect(parseStoredState({ language: 'fr', window: { bounds: 'big' } })).toEqual({
      language: 'fr',
    });
    expect(parseStoredState(null)).toEqual({});
    expect(parseStoredState([1, 2])).toEqual({});
  });
});

describe('openStateStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts empty without a file, then remembers across openings', async () => {
    const file = join(dir, 'state.json');
    const store = await openStateStore(file);
    expect(store.get()).toEqual({});
    void store.update({ language: 'fr' });
    void store.update({ window });
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'fr', window });
    expect((await openStateStore(file)).get()).toEqual({ language: 'fr', window });
  });

  it('survives a corrupt file and an unwritable folder', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, '{ not json');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = await openStateStore(file);
    expect(store.get()).toEqual({});
    const lost = await openStateStore(join(dir, 'missing-folder', 'state.json'));
    await expect(lost.update({ language: 'kk' })).resolves.toBeUndefined();
    expect(lost.get()).toEqual({ language: 'kk' });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
