import { useLayoutEffect, useState, type ReactNode } from 'react';
import { fitStage, STAGE_HEIGHT, STAGE_WIDTH } from '../deck/stage-fit.ts';

/** The window's inner size, updated as it is resized. */
export function useViewport(): [number, number] {
  const [size, setSize] = useState<[number, number]>(() => [window.innerWidth, window.innerHeight]);
  useLayoutEffect(() => {
    const update = () => setSize([window.innerWidth, window.innerHeight]);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
}

/**
 * Scales the fixed 1920×1080 slide to the window, letterboxed; text never reflows.
 * `reserveBottom` pixels at the bottom are left free for controls that must not cover it.
 */
export function Stage({
  children,
  reserveBottom = 0,
}: {
  children: ReactNode;
  reserveBottom?: number;
}) {
  const [width, height] = useViewport();
  const fit = fitStage(width, Math.max(0, height - reserveBottom));
  return (
    <div className="stage">
      <div
        className="stage__canvas"
        style={{
          width: STAGE_WIDTH,
          height: STAGE_HEIGHT,
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}

/**
 * A slide drawn at a fixed smaller width (overview, presenter previews, handouts). On paper
 * it is scaled with `zoom` rather than a transform: Chromium's printer drops the content of
 * some strongly down-scaled transformed subtrees, while zoomed content prints as vectors.
 */
export function Thumbnail({
  width,
  print = false,
  children,
}: {
  width: number;
  print?: boolean;
  children: ReactNode;
}) {
  const scale = width / STAGE_WIDTH;
  return (
    <div className="thumbnail" style={{ width, height: STAGE_HEIGHT * scale }}>
      <div
        className="thumbnail__canvas"
        style={
          print
            ? { width: STAGE_WIDTH, height: STAGE_HEIGHT, zoom: scale }
            : { width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `scale(${scale})` }
        }
      >
        {children}
      </div>
    </div>
  );
}
