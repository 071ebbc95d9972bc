import { useLayoutEffect, useState, type ReactNode } from 'react';
import { SlideOrientation, useRenderContext } from '../deck/render-context.ts';
import { fitStage, stageSize } from '../deck/stage-fit.ts';
import type { Orientation } from '../../core/orientation.ts';

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
 * Scales the fixed slide to the window, letterboxed; text never reflows. The slide is the
 * window's design (1920×1080 landscape, 1080×1920 portrait), so a totem is filled, not
 * letterboxed. `reserveBottom` pixels at the bottom are left free for controls that must not
 * cover it.
 */
export function Stage({
  children,
  reserveBottom = 0,
}: {
  children: ReactNode;
  reserveBottom?: number;
}) {
  const [width, height] = useViewport();
  const { orientation } = useRenderContext();
  const stage = stageSize(orientation);
  const fit = fitStage(width, Math.max(0, height - reserveBottom), orientation);
  return (
    <div className="stage">
      <div
        className="stage__canvas"
        style={{
          width: stage.width,
          height: stage.height,
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        <SlideOrientation.Provider value={orientation}>{children}</SlideOrientation.Provider>
      </div>
    </div>
  );
}

/**
 * A slide drawn at a fixed smaller width (overview, presenter previews, handouts), in the
 * design given (landscape unless said: paper and the presenter's previews). On paper
 * it is scaled with `zoom` rather than a transform: Chromium's printer drops the content of
 * some strongly down-scaled transformed subtrees, while zoomed content prints as vectors.
 */
export function Thumbnail({
  width,
  print = false,
  orientation = 'landscape',
  children,
}: {
  width: number;
  print?: boolean;
  orientation?: Orientation;
  children: ReactNode;
}) {
  const stage = stageSize(orientation);
  const scale = width / stage.width;
  return (
    <div className="thumbnail" style={{ width, height: stage.height * scale }}>
      <div
        className="thumbnail__canvas"
        style={
          print
            ? { width: stage.width, height: stage.height, zoom: scale }
            : { width: stage.width, height: stage.height, transform: `scale(${scale})` }
        }
      >
        <SlideOrientation.Provider value={orientation}>{children}</SlideOrientation.Provider>
      </div>
    </div>
  );
}
