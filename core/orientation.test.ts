import { describe, expect, it } from 'vitest';
import { isOrientationChoice, orientationFor } from './orientation.ts';

describe('orientationFor', () => {
  it('follows the window: taller than wide is portrait', () => {
    expect(orientationFor(1080, 1920)).toBe('portrait');
    expect(orientationFor(1920, 1080)).toBe('landscape');
    expect(orientationFor(800, 480)).toBe('landscape');
    expect(orientationFor(768, 1024, 'auto')).toBe('portrait');
  });

  it('keeps landscape for a square window', () => {
    expect(orientationFor(1000, 1000)).toBe('landscape');
  });

  it('lets a forced choice win over the shape', () => {
    expect(orientationFor(1920, 1080, 'portrait')).toBe('portrait');
    expect(orientationFor(1080, 1920, 'landscape')).toBe('landscape');
  });
});

describe('isOrientationChoice', () => {
  it('accepts auto, landscape and portrait only', () => {
    expect(['auto', 'landscape', 'portrait'].every(isOrientationChoice)).toBe(true);
    expect(isOrientationChoice('Portrait')).toBe(false);
    expect(isOrientationChoice(undefined)).toBe(false);
  });
});
