import { describe, expect, it } from 'vitest';
import {
  groupOfModule,
  moduleOfSource,
  selfTimeByModule,
  selfTimeByNode,
  type CpuProfile,
} from './source-modules.ts';

describe('moduleOfSource', () => {
  it('names packages, scoped ones included, and the project’s own files by their path', () => {
    expect(moduleOfSource('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe(
      'react-dom',
    );
    expect(moduleOfSource('../../node_modules/@reduxjs/toolkit/dist/index.mjs')).toBe(
      '@reduxjs/toolkit',
    );
    expect(moduleOfSource('../../renderer/i18n/format.ts')).toBe('renderer/i18n/format.ts');
    expect(moduleOfSource('/work/app/core/ids.ts')).toBe('core/ids.ts');
  });
});

describe('groupOfModule', () => {
  it('reads React, Recharts with its store, i18next and the app apart', () => {
    expect(groupOfModule('react-dom')).toBe('React');
    expect(groupOfModule('scheduler')).toBe('React');
    expect(groupOfModule('reselect')).toBe('Recharts and its store');
    expect(groupOfModule('d3-shape')).toBe('Recharts and its store');
    expect(groupOfModule('react-i18next')).toBe('i18next');
    expect(groupOfModule('renderer/deck/readiness.ts')).toBe('the app');
    expect(groupOfModule('zod')).toBe('other');
  });
});

describe('selfTimeByModule', () => {
  const frame = (url: string, lineNumber: number, functionName = 'f') => ({
    functionName,
    url,
    lineNumber,
    columnNumber: 0,
  });
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 10_000,
    nodes: [
      { id: 1, callFrame: frame('', 0, '(root)') },
      { id: 2, callFrame: frame('http://x/assets/index.js', 0) },
      { id: 3, callFrame: frame('http://x/assets/index.js', 1) },
      { id: 4, callFrame: frame('', 0, '(garbage collector)') },
      { id: 5, callFrame: frame('http://x/assets/other.js', 0) },
    ],
    // Each sample lasts until the next one: 2 ms, 3 ms, 1 ms, 4 ms, then the last is 0.
    samples: [2, 3, 2, 4, 5],
    timeDeltas: [0, 2000, 3000, 1000, 4000],
  };
  const sources: Record<number, string> = {
    0: '../../node_modules/react-dom/cjs/client.js',
    1: '../../renderer/app/App.tsx',
  };
  const locate = (url: string, line: number) =>
    url.endsWith('index.js') ? sources[line] : undefined;

  it('gives each node the time until the sample after each of its samples', () => {
    expect(Object.fromEntries(selfTimeByNode(profile))).toEqual({ 2: 2 + 1, 3: 3, 4: 4, 5: 0 });
  });

  it('counts each sample for the module on top of the stack, through the source map', () => {
    expect(Object.fromEntries(selfTimeByModule(profile, locate))).toEqual({
      'react-dom': 2 + 1,
      'renderer/app/App.tsx': 3,
      '(garbage collector)': 4,
      'other.js (unmapped)': 0,
    });
  });
});
