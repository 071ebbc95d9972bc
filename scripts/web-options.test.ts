import { describe, expect, it } from 'vitest';
import { parseWebOptions, UsageError } from './web-options.ts';

describe('npm run web options', () => {
  it('defaults to port 4173 on loopback', () => {
    expect(parseWebOptions([])).toEqual({ port: 4173, host: '127.0.0.1', dir: 'out/renderer' });
  });

  it('takes a port and a folder, in both spellings', () => {
    expect(parseWebOptions(['--port', '8080', '--dir=build'])).toMatchObject({
      port: 8080,
      dir: 'build',
    });
    expect(parseWebOptions(['--port=1']).port).toBe(1);
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '0'],
    ['--port', '70000'],
    ['--port', '80.5'],
  ])('rejects a bad port: %s %s', (...args) => {
    expect(() => parseWebOptions(args)).toThrow(/whole number from 1 to 65535/);
  });

  it('rejects a missing value and unknown flags', () => {
    expect(() => parseWebOptions(['--port'])).toThrow(UsageError);
    expect(() => parseWebOptions(['--verbose'])).toThrow(/unknown option "--verbose"/);
  });
});
