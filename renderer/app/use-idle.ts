import { useEffect, useState } from 'react';

/** True after `ms` without pointer movement: the presenter's controls hide (focus shows them too). */
export function useIdle(ms: number): boolean {
  // Starts hidden: a deck opens clean, and the first movement or focus brings the controls.
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}
