/** The slide's design size: every slide is laid out at 1920×1080 and scaled, never reflowed. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface StageFit {
  readonly scale: number;
  readonly left: number;
  readonly top: number;
}

/** Largest scale that fits the whole 16:9 stage in the viewport, centred (letterboxed). */
export function fitStage(viewportWidth: number, viewportHeight: number): StageFit {
  if (viewportWidth <= 0 || viewportHeight <= 0) return { scale: 0, left: 0, top: 0 };
  const scale = Math.min(viewportWidth / STAGE_WIDTH, viewportHeight / STAGE_HEIGHT);
  return {
    scale,
    left: (viewportWidth - STAGE_WIDTH * scale) / 2,
    top: (viewportHeight - STAGE_HEIGHT * scale) / 2,
  };
}
