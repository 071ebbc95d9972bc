import { describe, expect, it } from 'vitest';
import { swipeGesture, tapGesture } from './gestures.ts';
import { fitStage, stageSize } from './stage-fit.ts';

describe('stage fit', () => {
  it('fills a 16:9 window exactly', () => {
    expect(fitStage(1280, 720)).toEqual({ scale: 1280 / 1920, left: 0, top: 0 });
    expect(fitStage(3840, 2160)).toEqual({ scale: 2, left: 0, top: 0 });
  });

  it('letterboxes a portrait kiosk screen, centred vertically', () => {
    const fit = fitStage(1080, 1920);
    expect(fit.scale).toBeCloseTo(0.5625);
    expect(fit.left).toBe(0);
    expect(fit.top).toBeCloseTo((1920 - 1080 * 0.5625) / 2);
  });

  it('pillarboxes a wide window, centred horizontally', () => {
    const fit = fitStage(2560, 1080);
    expect(fit.scale).toBe(1);
    expect(fit.left).toBe(320);
  });

  it('fills a portrait totem with the portrait design', () => {
    expect(fitStage(1080, 1920, 'portrait')).toEqual({ scale: 1, left: 0, top: 0 });
    const fit = fitStage(720, 1280, 'portrait');
    expect(fit.scale).toBeCloseTo(2 / 3);
    expect(fit.left).toBeCloseTo(0);
    expect(fit.top).toBeCloseTo(0);
    // A taller window than 9:16: the portrait stage is centred vertically.
    expect(fitStage(1080, 2400, 'portrait')).toEqual({ scale: 1, left: 0, top: 240 });
  });

  it('sizes the stage of each design', () => {
    expect(stageSize('landscape')).toEqual({ width: 1920, height: 1080 });
    expect(stageSize('portrait')).toEqual({ width: 1080, height: 1920 });
  });

  it('survives a zero-sized window', () => {
    expect(fitStage(0, 0).scale).toBe(0);
  });
});

describe('gestures', () => {
  it('swipe left goes forward, swipe right goes back', () => {
    expect(swipeGesture(-120, 10)).toBe('next');
    expect(swipeGesture(140, -20)).toBe('previous');
  });

  it('short or vertical moves are not swipes', () => {
    expect(swipeGesture(-30, 0)).toBeNull();
    expect(swipeGesture(-80, 200)).toBeNull();
  });

  it('a tap on the left third goes back, elsewhere forward', () => {
    expect(tapGesture(100, 1920)).toBe('previous');
    expect(tapGesture(1000, 1920)).toBe('next');
    expect(tapGesture(10, 0)).toBeNull();
  });
});
