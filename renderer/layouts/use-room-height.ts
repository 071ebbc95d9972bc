import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height, in the slide's design pixels, of an element the slide's flex layout sizes (it
 * takes what the other parts leave). Read before the first paint and again when it changes
 * (another language's header is taller or shorter); undefined until the element is laid out.
 */
export function useRoomHeight(ref: RefObject<HTMLElement | null>): number | undefined {
  const [room, setRoom] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // clientHeight is the layout height: the stage's scaling transform does not change it.
    const measure = () => setRoom(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return room;
}
