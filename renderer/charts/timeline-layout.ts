/*
 * Placement of the labels of a timeline: each label sits above or below the axis, on a
 * level (0 = next to the axis, 1 = further out), with a leader line from its dot. Labels
 * alternate sides, and a label moves out a level only when the nearer places are taken,
 * so no two labels overlap and no leader line crosses a label. Pure, so it is tested
 * without a browser.
 */

export type Side = 'above' | 'below';

/** Width of a milestone label on the 1920×1080 stage, design pixels. */
export const TIMELINE_LABEL_WIDTH = 244;
/** Font size of the labels, design pixels. */
export const TIMELINE_LABEL_FONT = 22;
/** Lines a label may take under its date. */
export const TIMELINE_MAX_LINES = 3;
/**
 * Characters per line of a label: Noto Sans averages about 0.52 em a character in
 * French, English and Kazakh running text.
 */
export const TIMELINE_LABEL_CHARS = Math.floor(TIMELINE_LABEL_WIDTH / (TIMELINE_LABEL_FONT * 0.52));

export interface LabelSlot {
  /** Horizontal centre of the label, kept inside [minX, maxX]. */
  readonly x: number;
  /** Where its dot (and leader line) is. */
  readonly anchorX: number;
  readonly side: Side;
  /** 0 = nearest the axis. */
  readonly level: number;
  /** True when every slot was taken and this one overlaps another label. */
  readonly crowded: boolean;
}

export interface LabelLayoutOptions {
  readonly labelWidth: number;
  /** Left and right limits of the drawing; labels are shifted to stay inside. */
  readonly minX: number;
  readonly maxX: number;
  /** Levels on each side of the axis. */
  readonly levels: number;
  /** Free space kept between two labels on the same level. */
  readonly gap?: number;
}

interface Placed {
  readonly left: number;
  readonly right: number;
  readonly anchorX: number;
  readonly side: Side;
  readonly level: number;
}

function span(center: number, o: LabelLayoutOptions): { left: number; right: number; x: number } {
  const half = o.labelWidth / 2;
  const x = Math.min(Math.max(center, o.minX + half), o.maxX - half);
  return { left: x - half, right: x + half, x };
}

function conflicts(candidate: Placed, placed: readonly Placed[], gap: number): number {
  let overlap = 0;
  for (const p of placed) {
    if (p.side !== candidate.side) continue;
    if (p.level === candidate.level) {
      const o = Math.min(p.right, candidate.right) + gap - Math.max(p.left, candidate.left);
      if (o > 0) overlap += o;
    } else if (p.level < candidate.level) {
      // The candidate's leader line crosses the nearer label p.
      if (candidate.anchorX >= p.left - 2 * gap && candidate.anchorX <= p.right + 2 * gap) {
        overlap += 1;
      }
    } else if (p.anchorX >= candidate.left - 2 * gap && p.anchorX <= candidate.right + 2 * gap) {
      // p is further out and its leader line would cross the candidate.
      overlap += 1;
    }
  }
  return overlap;
}

/** Shifts tried for a label, in fractions of its width (the leader stays under it). */
const SHIFTS = [0, 0.2, -0.2, 0.4, -0.4];

/** Search budget: beyond it the best greedy layout is used (and marked crowded). */
const MAX_STEPS = 50_000;

interface Candidate {
  readonly placed: Placed;
  readonly x: number;
  readonly cost: number;
  readonly overlap: number;
}

function candidatesFor(
  anchorX: number,
  rank: number,
  placed: readonly Placed[],
  options: LabelLayoutOptions,
  gap: number,
): Candidate[] {
  const first: Side = rank % 2 === 0 ? 'above' : 'below';
  const second: Side = first === 'above' ? 'below' : 'above';
  const out: Candidate[] = [];
  for (let level = 0; level < options.levels; level += 1) {
    for (const [sideRank, side] of [first, second].entries()) {
      for (const shift of SHIFTS) {
        const { left, right, x } = span(anchorX + shift * options.labelWidth, options);
        // Keep the leader line under the label, away from its corners.
        if (anchorX < left + 6 || anchorX > right - 6) continue;
        const candidate: Placed = { left, right, anchorX, side, level };
        const overlap = conflicts(candidate, placed, gap);
        // Nearest the axis first, then the alternating side, then the smallest shift.
        const cost = level * 100 + sideRank * 10 + Math.abs(x - anchorX) / options.labelWidth;
        out.push({ placed: candidate, x, cost, overlap });
      }
    }
  }
  return out.sort((a, b) => a.overlap - b.overlap || a.cost - b.cost);
}

/**
 * Slots for labels anchored at `anchors` (pixel x of each dot, in any order); the result
 * is in the same order as `anchors`. A depth-first search, left to right, gives each label
 * the free slot nearest the axis (sides alternating, shifted sideways if need be) and
 * backtracks when a later label finds no free slot; if no layout without overlaps is found
 * within the budget, the greedy one is returned with its crowded labels marked.
 */
export function placeTimelineLabels(
  anchors: readonly number[],
  options: LabelLayoutOptions,
): LabelSlot[] {
  const gap = options.gap ?? 8;
  const order = anchors.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const chosen: Candidate[] = [];
  let steps = 0;

  const search = (k: number): boolean => {
    if (k === order.length) return true;
    const item = order[k];
    if (!item) return false;
    const placed = chosen.map((c) => c.placed);
    for (const c of candidatesFor(item.x, k, placed, options, gap)) {
      if (c.overlap > 0 || ++steps > MAX_STEPS) return false;
      chosen.push(c);
      if (search(k + 1)) return true;
      chosen.pop();
    }
    return false;
  };

  if (!search(0)) {
    chosen.length = 0;
    order.forEach((item, k) => {
      const [best] = candidatesFor(
        item.x,
        k,
        chosen.map((c) => c.placed),
        options,
        gap,
      );
      if (best) chosen.push(best);
    });
  }

  const result: LabelSlot[] = new Array<LabelSlot>(anchors.length);
  order.forEach(({ x: anchorX, i }, k) => {
    const c = chosen[k];
    const fallback = span(anchorX, options);
    result[i] = c
      ? {
          x: c.x,
          anchorX,
          side: c.placed.side,
          level: c.placed.level,
          crowded: c.overlap > 0,
        }
      : { x: fallback.x, anchorX, side: 'above', level: 0, crowded: true };
  });
  return result;
}
