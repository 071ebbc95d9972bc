import type { Orientation } from '../../core/orientation.ts';

/**
 * The slide's design size: every slide is laid out at 1920×1080 (landscape) or 1080×1920
 * (portrait, for totems) and scaled, never reflowed.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface StageSize {
  readonly width: number;
  readonly height: number;
}

/** The stage of each design: the landscape one turned on its side for portrait. */
export function stageSize(orientation: Orientation): StageSize {
  return orientation === 'portrait'
    ? { width: STAGE_HEIGHT, height: STAGE_WIDTH }
    : { width: STAGE_WIDTH, height: STAGE_HEIGHT };
}

export interface StageFit {
  readonly scale: number;
  readonly left: number;
  readonly top: number;
}

/** Largest scale that fits the whole stage of that design in the viewport, centred (letterboxed). */
export function fitStage(
  viewportWidth: number,
  viewportHeight: number,
  orientation: Orientation = 'landscape',
): StageFit {
  if (viewportWidth <= 0 || viewportHeight <= 0) return { scale: 0, left: 0, top: 0 };
  const stage = stageSize(orientation);
  const scale = Math.min(viewportWidth / stage.width, viewportHeight / stage.height);
  return {
    scale,
    left: (viewportWidth - stage.width * scale) / 2,
    top: (viewportHeight - stage.height * scale) / 2,
  };
}
