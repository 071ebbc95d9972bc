/**
 * The kiosk log's format and rotation, as pure decisions: `kiosk.log` grows to a limit,
 * then becomes `kiosk.log.1` (older ones shift up) and the oldest is dropped, so a kiosk
 * that runs for months keeps a bounded, recent history.
 */

export interface RotationLimits {
  /** Largest size of one file, in bytes. */
  readonly maxBytes: number;
  /** Files kept, the live one included. */
  readonly files: number;
}

/** 1 MB × 3 files: weeks of starts and crashes, a few MB of disk at most. */
export const KIOSK_LOG_LIMITS: RotationLimits = { maxBytes: 1024 * 1024, files: 3 };

export const KIOSK_LOG_FILE = 'kiosk.log';

/** Whether appending `incoming` bytes would take a non-empty file past the limit. */
export function needsRotation(size: number, incoming: number, limits: RotationLimits): boolean {
  return size > 0 && size + incoming > limits.maxBytes;
}

export interface RotationPlan {
  /** The oldest file, dropped first (it may not exist). */
  readonly remove: string;
  /** Renames to apply in order, each `[from, to]` (a missing `from` is skipped). */
  readonly renames: readonly (readonly [string, string])[];
}

/** `kiosk.log.2` is dropped, `.1` → `.2`, `kiosk.log` → `.1` (with 3 files). */
export function rotationPlan(path: string, limits: RotationLimits): RotationPlan {
  const name = (generation: number) => (generation === 0 ? path : `${path}.${generation}`);
  const oldest = limits.files - 1;
  const renames: (readonly [string, string])[] = [];
  for (let generation = oldest - 1; generation >= 0; generation -= 1) {
    renames.push([name(generation), name(generation + 1)]);
  }
  return { remove: name(oldest), renames };
}

/** One line: ISO time (UTC), event, detail. Line breaks in the detail are flattened. */
export function logLine(time: Date, event: string, detail?: string): string {
  const text = detail === undefined ? '' : ` ${detail.replace(/\s*\n\s*/g, ' | ')}`;
  return `${time.toISOString()} ${event}${text}\n`;
}
