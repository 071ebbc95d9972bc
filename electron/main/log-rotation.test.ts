import { describe, expect, it } from 'vitest';
import { KIOSK_LOG_LIMITS, logLine, needsRotation, rotationPlan } from './log-rotation.ts';

describe('kiosk log rotation', () => {
  const limits = { maxBytes: 100, files: 3 };

  it('rotates only when a line would take a non-empty file past the limit', () => {
    expect(needsRotation(0, 500, limits)).toBe(false);
    expect(needsRotation(60, 40, limits)).toBe(false);
    expect(needsRotation(61, 40, limits)).toBe(true);
  });

  it('drops the oldest file and shifts the others up, newest last', () => {
    expect(rotationPlan('/data/kiosk.log', limits)).toEqual({
      remove: '/data/kiosk.log.2',
      renames: [
        ['/data/kiosk.log.1', '/data/kiosk.log.2'],
        ['/data/kiosk.log', '/data/kiosk.log.1'],
      ],
    });
    expect(rotationPlan('k.log', { maxBytes: 1, files: 1 })).toEqual({
      remove: 'k.log',
      renames: [],
    });
  });

  it('keeps 1 MB × 3 files by default', () => {
    expect(KIOSK_LOG_LIMITS).toEqual({ maxBytes: 1_048_576, files: 3 });
  });

  it('writes one line per event, in UTC, with line breaks flattened', () => {
    const time = new Date(Date.UTC(2026, 4, 9, 8, 30, 0));
    expect(logLine(time, 'start')).toBe('2026-05-09T08:30:00.000Z start\n');
    expect(logLine(time, 'crash', 'renderer oom\n  exit 137')).toBe(
      '2026-05-09T08:30:00.000Z crash renderer oom | exit 137\n',
    );
  });
});
