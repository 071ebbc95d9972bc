import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm run handout` checks each destination before Chromium starts, so a wrong path costs
 * nothing, writes nothing and is reported in plain words rather than as EACCES on a .part.
 */

export class DestinationError extends Error {}

/** Why a folder cannot be written to, in plain words, from a Node.js error code. */
export function plainReason(code: string | undefined, folder: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `you do not have permission to write in ${folder}`;
    case 'EROFS':
      return `${folder} is on a read-only disk`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk that holds ${folder} is full`;
    case 'ENOENT':
      return `${folder} cannot be created`;
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return `${folder} cannot be written to (${code ?? 'unknown error'})`;
  }
}

/** The nearest part of `path` that exists: the folder that blocks, or is missing, its tail. */
function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/**
 * Makes sure `path` (absolute) can be written: its folder exists or is created, a file can
 * be made in it, and what is there already is a file that may be replaced. Returns whether
 * a file will be replaced; throws DestinationError saying what is wrong.
 */
export function checkDestination(path: string): { readonly replaces: boolean } {
  const folder = dirname(path);
  const blocked = nearestExisting(folder);
  if (!statSync(blocked).isDirectory()) {
    throw new DestinationError(`${blocked} is a file, not a folder`);
  }
  try {
    mkdirSync(folder, { recursive: true });
    // Permissions, read-only disks and full disks show only when something is written.
    const probe = join(folder, `.briefing-handout-${process.pid}.probe`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = codeOf(error);
    // A folder that cannot be created is reported where it would be made.
    throw new DestinationError(plainReason(code, existsSync(folder) ? folder : blocked));
  }
  if (!existsSync(path)) return { replaces: false };
  const existing = statSync(path);
  if (existing.isDirectory()) {
    throw new DestinationError(`${path} is a folder: give a file name ending in .pdf`);
  }
  // The owner's write bit, not access(): root may write anything, but a file made read-only
  // is kept on purpose.
  if ((existing.mode & 0o200) === 0) {
    throw new DestinationError(`${path} exists and is read-only; it is left as it is`);
  }
  return { replaces: true };
}
