import { useEffect, useState } from 'react';
import { keyTarget } from '../mode-keys.ts';
import { kioskKeyStep } from './kiosk-keys.ts';

/** The pointer hides after this long without movement, so it never sits on a slide. */
const CURSOR_HIDE_MS = 3000;

interface VisitorHandlers {
  /** Any key, press or wheel: a visitor is there (the loop pauses). */
  readonly input: () => void;
  /** A page-turning key, by this many slides. */
  readonly step: (by: 1 | -1) => void;
}

/** A visitor's keys, presses and wheel; returns whether the pointer is hidden. */
export function useVisitorInput({ input, step }: VisitorHandlers): boolean {
  const [cursorHidden, setCursorHidden] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const turn = kioskKeyStep(keyTarget(event));
      if (turn === 'input') return input();
      event.preventDefault();
      step(turn === 'next' ? 1 : -1);
    };
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setCursorHidden(false);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => setCursorHidden(true), CURSOR_HIDE_MS);
    };
    onMove();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', input);
    window.addEventListener('wheel', input);
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(hideTimer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', input);
      window.removeEventListener('wheel', input);
      window.removeEventListener('pointermove', onMove);
    };
  }, [input, step]);
  return cursorHidden;
}
