import { useEffect, useState } from 'react';

/** The wall-clock time, updated every `intervalMs` (the console's clock and stopwatch). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
