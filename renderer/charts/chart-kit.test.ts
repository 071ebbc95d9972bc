import { describe, expect, it } from 'vitest';
import {
  ANIMATION_MS,
  entryAnimation,
  estimateLines,
  fromLogPosition,
  linearExtent,
  logExtent,
  toLogPosition,
  wrapWords,
} from './chart-kit.ts';

describe('log scale', () => {
  it('spans the powers of ten around the values, so 0.37 shows beside 41', () => {
    expect(logExtent([0.37, 41, 40])).toEqual({ min: 0.1, max: 100, ticks: [0.1, 1, 10, 100] });
    expect(logExtent([1, 10])).toEqual({ min: 1, max: 10, ticks: [1, 10] });
    expect(logExtent([5])).toEqual({ min: 1, max: 10, ticks: [1, 10] });
  });

  it('maps values to decades above the floor and back', () => {
    expect(toLogPosition(0.1, 0.1)).toBe(0);
    expect(toLogPosition(10, 0.1)).toBeCloseTo(2);
    expect(toLogPosition(0.37, 0.1)).toBeCloseTo(0.568, 3);
    expect(toLogPosition(0, 0.1)).toBe(0);
    expect(fromLogPosition(2, 0.1)).toBe(10);
    expect(fromLogPosition(toLogPosition(41, 0.1), 0.1)).toBeCloseTo(41);
  });
});

describe('linear scale', () => {
  it('rounds the top up to a nice step', () => {
    expect(linearExtent(43.82)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(linearExtent(41)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(linearExtent(1.81, 4).max).toBe(2);
  });
});

describe('text helpers', () => {
  it('wrap at spaces within the limit', () => {
    expect(wrapWords('Permanent comprehensive strategic partnership', 21)).toEqual([
      'Permanent',
      'comprehensive',
      'strategic partnership',
    ]);
    expect(wrapWords('Trade', 3)).toEqual(['Trade']);
    expect(wrapWords('', 10)).toEqual([]);
  });

  it('estimate the lines a text needs', () => {
    expect(estimateLines('Source: the article', 1000, 20)).toBe(1);
    expect(estimateLines('word '.repeat(100), 200, 20)).toBeGreaterThan(5);
  });
});

describe('entryAnimation', () => {
  it('animates from the start for ANIMATION_MS, or not at all', () => {
    expect(entryAnimation(true)).toEqual({
      isAnimationActive: true,
      animationBegin: 0,
      animationDuration: ANIMATION_MS,
    });
    expect(entryAnimation(false).isAnimationActive).toBe(false);
  });
});
