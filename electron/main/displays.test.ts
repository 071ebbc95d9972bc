import { describe, expect, it } from 'vitest';
import { chooseKioskDisplay, presenterPlacement, type DisplayInfo } from './displays.ts';

function display(id: number, x: number, width: number, height: number): DisplayInfo {
  return {
    id,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 32, width, height: height - 32 },
  };
}

const laptop = display(1, 0, 1440, 900);
const projector = display(2, 1440, 1920, 1080);
const monitor = display(3, 3360, 1280, 1024);

describe('chooseKioskDisplay', () => {
  const all = [laptop, projector, monitor];

  it('takes the primary, the largest or a display by number', () => {
    expect(chooseKioskDisplay(all, laptop, 'primary')).toEqual({ display: laptop });
    expect(chooseKioskDisplay(all, laptop, 'largest')).toEqual({ display: projector });
    expect(chooseKioskDisplay(all, laptop, 2)).toEqual({ display: monitor });
    expect(chooseKioskDisplay(all, laptop, 0)).toEqual({ display: laptop });
  });

  it('takes a display by its id or its label, whatever its place in the list', () => {
    const named = [
      { ...laptop, label: 'Built-in Retina Display' },
      { ...projector, label: 'EPSON PJ' },
      { ...monitor, label: 'DELL U2720Q' },
    ];
    expect(chooseKioskDisplay(named, laptop, { id: 3 }).display.id).toBe(3);
    expect(chooseKioskDisplay(named, laptop, { label: 'dell u2720q ' }).display.id).toBe(3);
  });

  it('falls back to the primary display, naming what it found, when the id or label is absent', () => {
    expect(chooseKioskDisplay(all, laptop, { id: 42 })).toEqual({
      display: laptop,
      warning: 'no display has the id 42 (ids: 1, 2, 3): using the primary display',
    });
    const named = [
      { ...laptop, label: 'Built-in' },
      { ...projector, label: '' },
    ];
    expect(chooseKioskDisplay(named, named[0] ?? laptop, { label: 'EPSON PJ' })).toEqual({
      display: named[0],
      warning:
        'no display is labelled "EPSON PJ" (labels: "Built-in", ""): using the primary display',
    });
  });

  it('falls back to the primary display, with a warning, when the number is not connected', () => {
    const result = chooseKioskDisplay([laptop], laptop, 1);
    expect(result.display).toBe(laptop);
    expect(result.warning).toBe('display 1 is not connected (1 found): using the primary display');
  });

  it('keeps the first of equally large displays', () => {
    const twin = display(4, 1440, 1440, 900);
    expect(chooseKioskDisplay([laptop, twin], twin, 'largest').display).toBe(laptop);
  });
});

describe('presenterPlacement', () => {
  it('puts the console on the primary display and the audience full screen on the largest other', () => {
    expect(presenterPlacement([laptop, monitor, projector], laptop)).toEqual({
      presenter: { bounds: laptop.workArea, fullScreen: false },
      audience: { bounds: projector.bounds, fullScreen: true },
    });
  });

  it('never picks the primary display for the audience, even when it is the largest', () => {
    const placement = presenterPlacement([laptop, projector], projector);
    expect(placement.presenter.bounds).toEqual(projector.workArea);
    expect(placement.audience).toEqual({ bounds: laptop.bounds, fullScreen: true });
  });

  it('shares a single display side by side, console on the left, neither full screen', () => {
    expect(presenterPlacement([projector], projector)).toEqual({
      presenter: { bounds: { x: 1440, y: 32, width: 960, height: 1048 }, fullScreen: false },
      audience: { bounds: { x: 2400, y: 32, width: 960, height: 1048 }, fullScreen: false },
    });
    const odd = display(1, 0, 1365, 768);
    const { presenter, audience } = presenterPlacement([odd], odd);
    expect(presenter.bounds.width + audience.bounds.width).toBe(1365);
  });
});
