import { useLayoutEffect, useState } from 'react';
import type { Mode } from '../../core/modes.ts';
import {
  orientationFor,
  type Orientation,
  type OrientationChoice,
} from '../../core/orientation.ts';

/** Print keeps its paper layouts; every screen mode follows the window (or the forced choice). */
function windowOrientation(mode: Mode, choice: OrientationChoice): Orientation {
  return mode === 'print'
    ? 'landscape'
    : orientationFor(window.innerWidth, window.innerHeight, choice);
}

/**
 * The design the window shows (DESIGN.md), written to `<html data-orientation>` and updated
 * live when the window changes shape. The app renders again only when the design changes,
 * not on every resize.
 */
export function useOrientation(mode: Mode, choice: OrientationChoice): Orientation {
  const [orientation, setOrientation] = useState<Orientation>(() =>
    windowOrientation(mode, choice),
  );
  useLayoutEffect(() => {
    const update = () => setOrientation(windowOrientation(mode, choice));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [mode, choice]);
  useLayoutEffect(() => {
    document.documentElement.dataset.orientation = orientation;
  }, [orientation]);
  return orientation;
}
