import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDestination, DestinationError, plainReason } from './handout-destination.ts';

const dir = mkdtempSync(join(tmpdir(), 'handout-destination-'));

afterAll(() => {
  // Leave the temporary folder removable.
  chmodSync(join(dir, 'locked.pdf'), 0o644);
});

describe('handout destination', () => {
  it('a new file in an existing or missing folder: fine, the folder is made', () => {
    expect(checkDestination(join(dir, 'a.pdf'))).toEqual({ replaces: false });
    expect(checkDestination(join(dir, 'new', 'deeper', 'a.pdf'))).toEqual({ replaces: false });
    expect(readdirSync(join(dir, 'new', 'deeper'))).toEqual([]);
  });

  it('an existing file is replaced, unless it is read-only', () => {
    writeFileSync(join(dir, 'old.pdf'), 'x');
    expect(checkDestination(join(dir, 'old.pdf'))).toEqual({ replaces: true });
    writeFileSync(join(dir, 'locked.pdf'), 'x');
    chmodSync(join(dir, 'locked.pdf'), 0o444);
    expect(() => checkDestination(join(dir, 'locked.pdf'))).toThrow(
      /locked\.pdf exists and is read-only; it is left as it is/,
    );
  });

  it('a file in the way of the folder, or a folder in the way of the file, is named', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(() => checkDestination(join(dir, 'plain', 'inside', 'a.pdf'))).toThrow(
      new DestinationError(`${join(dir, 'plain')} is a file, not a folder`),
    );
    mkdirSync(join(dir, 'folder.pdf'));
    expect(() => checkDestination(join(dir, 'folder.pdf'))).toThrow(/is a folder/);
  });

  it('says what an error code means', () => {
    expect(plainReason('EACCES', '/x')).toBe('you do not have permission to write in /x');
    expect(plainReason('EROFS', '/media/cd')).toBe('/media/cd is on a read-only disk');
    expect(plainReason('ENOSPC', '/x')).toBe('the disk that holds /x is full');
    expect(plainReason('ENOENT', '/x/y')).toBe('/x/y cannot be created');
    expect(plainReason('EIO', '/x')).toBe('/x cannot be written to (EIO)');
  });
});
