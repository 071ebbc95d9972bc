import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronViteArgs,
  findElectronBinary,
  installFailureReason,
  isBuildStale,
  parseStartArgs,
  runtimeMissingMessage,
  type FileProbe,
} from './start-plan.ts';

function probe(files: Record<string, string>): FileProbe {
  return { readText: (path) => files[path], exists: (path) => path in files };
}

const dir = join('/p', 'node_modules', 'electron');

describe('findElectronBinary', () => {
  it('is present when path.txt names an existing file in dist/', () => {
    const files = { [join(dir, 'path.txt')]: 'electron', [join(dir, 'dist', 'electron')]: '' };
    expect(findElectronBinary(dir, probe(files))).toEqual({
      present: true,
      executable: join(dir, 'dist', 'electron'),
    });
  });

  it('says which piece is missing', () => {
    expect(findElectronBinary(dir, probe({}))).toEqual({
      present: false,
      reason: 'node_modules/electron/path.txt is missing',
    });
    expect(findElectronBinary(dir, probe({ [join(dir, 'path.txt')]: 'electron\n' }))).toEqual({
      present: false,
      reason: 'node_modules/electron/dist/electron is missing',
    });
  });
});

describe('isBuildStale', () => {
  it('is stale when an output is missing or older than an input', () => {
    expect(isBuildStale([10, undefined, 10], 5)).toBe(true);
    expect(isBuildStale([], 5)).toBe(true);
    expect(isBuildStale([10, 8, 12], 9)).toBe(true);
    expect(isBuildStale([10, 8, 12], 8)).toBe(false);
    expect(isBuildStale([10, 8, 12], undefined)).toBe(false);
  });
});

describe('parseStartArgs and electronViteArgs', () => {
  it('previews the build by default and passes app arguments through', () => {
    const plan = parseStartArgs(['--lang', 'fr']);
    expect(plan).toEqual({ dev: false, appArgs: ['--lang', 'fr'] });
    expect(electronViteArgs(plan, 'darwin')).toEqual([
      'preview',
      '--skipBuild',
      '--',
      '--lang',
      'fr',
    ]);
    expect(electronViteArgs(parseStartArgs([]), 'win32')).toEqual(['preview', '--skipBuild']);
  });

  it('runs under X11 or XWayland on Linux, where Wayland would ignore window placement', () => {
    expect(electronViteArgs(parseStartArgs([]), 'linux')).toEqual([
      'preview',
      '--skipBuild',
      '--',
      '--ozone-platform=x11',
    ]);
    expect(
      electronViteArgs(parseStartArgs(['--ozone-platform=wayland', '--kiosk']), 'linux'),
    ).toEqual(['preview', '--skipBuild', '--', '--ozone-platform=wayland', '--kiosk']);
  });

  it('runs the dev server with --dev, wherever it is', () => {
    expect(electronViteArgs(parseStartArgs(['--kiosk', '--dev']), 'win32')).toEqual([
      'dev',
      '--',
      '--kiosk',
    ]);
    expect(parseStartArgs(['--dev', '--', '--slide', 'trade'])).toEqual({
      dev: true,
      appArgs: ['--slide', 'trade'],
    });
  });
});

describe('installFailureReason', () => {
  it('picks the error line, not the stack', () => {
    const output = [
      'RequestError: getaddrinfo ENOTFOUND github.com',
      '    at ClientRequest.<anonymous> (/x/node_modules/got/index.js:1:1)',
      '    at process.processTicksAndRejections (node:internal)',
    ].join('\n');
    expect(installFailureReason(output)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(installFailureReason('HTTPError: Response code 403 (Forbidden)\n')).toBe(
      'HTTPError: Response code 403 (Forbidden)',
    );
    expect(installFailureReason('')).toBeUndefined();
  });
});

describe('runtimeMissingMessage', () => {
  it('points to the commands that work everywhere', () => {
    const message = runtimeMissingMessage('npm run dev', 'getaddrinfo ENOTFOUND github.com');
    expect(message).toMatch(
      /^npm run dev: the Electron runtime could not be downloaded on this machine \(getaddrinfo ENOTFOUND github\.com\)\./,
    );
    expect(message).toMatch(/npm run web/);
    expect(message).toMatch(/npm run handout/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
