import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height the paused kiosk's controls take at the bottom of the window, so the slide is
 * fitted above them: they must not cover its caveat and sources lines.
 */
export function useControlsHeight(
  controls: RefObject<HTMLElement | null>,
  paused: boolean,
): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = controls.current;
    if (!paused || !element) return undefined;
    const measure = () =>
      setHeight(Math.max(0, window.innerHeight - element.getBoundingClientRect().top));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [controls, paused]);
  return height;
}
