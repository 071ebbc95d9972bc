/**
 * The kiosk's log file in userData (decisions in log-rotation.ts). Writes are synchronous
 * and small: a line must be on disk before a crash-triggered relaunch ends the process,
 * and the log is written a handful of times a day.
 */
import { appendFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { logLine, needsRotation, rotationPlan, type RotationLimits } from './log-rotation.ts';

export interface KioskLog {
  write(event: string, detail?: string): void;
}

export function openKioskLog(path: string, limits: RotationLimits): KioskLog {
  return {
    write(event, detail) {
      const line = logLine(new Date(), event, detail);
      try {
        const size = existsSync(path) ? statSync(path).size : 0;
        if (needsRotation(size, Buffer.byteLength(line), limits)) {
          const plan = rotationPlan(path, limits);
          rmSync(plan.remove, { force: true });
          for (const [from, to] of plan.renames) if (existsSync(from)) renameSync(from, to);
        }
        appendFileSync(path, line);
      } catch (error) {
        // A full or read-only disk must not take the kiosk down with it.
        console.warn('[briefing] could not write the kiosk log', path, error);
      }
    },
  };
}
