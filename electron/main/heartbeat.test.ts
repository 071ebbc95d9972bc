import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS, startHeartbeat } from './heartbeat.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp(probe: () => Promise<string>) {
  const answers: string[] = [];
  const onHang = vi.fn();
  const heartbeat = startHeartbeat({ probe, onAnswer: (a) => answers.push(a), onHang });
  return { answers, onHang, heartbeat };
}

describe('startHeartbeat', () => {
  it('asks at every interval and passes the answers on', async () => {
    const probe = vi.fn(async () => 'kk');
    const { answers, onHang } = setUp(probe);
    expect(probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS * 3 + 1);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(answers).toEqual(['kk', 'kk', 'kk']);
    expect(onHang).not.toHaveBeenCalled();
  });

  it('calls a page that never answers hung, once, after the timeout', async () => {
    const probe = vi.fn(() => new Promise<string>(() => {}));
    const { onHang } = setUp(probe);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + HEARTBEAT_TIMEOUT_MS - 1);
    expect(onHang).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onHang).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_TIMEOUT_MS * 10);
    expect(onHang).toHaveBeenCalledTimes(1);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('waits for a slow answer that comes within the timeout', async () => {
    let answer: (value: string) => void = () => {};
    const probe = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    const { answers, onHang } = setUp(probe);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + HEARTBEAT_TIMEOUT_MS - 100);
    answer('fr');
    await vi.advanceTimersByTimeAsync(HEARTBEAT_TIMEOUT_MS);
    expect(answers).toEqual(['fr']);
    expect(onHang).not.toHaveBeenCalled();
  });

  it('stops without a hang when the page goes away (the probe fails)', async () => {
    const probe = vi.fn(async () => {
      throw new Error('Script failed to execute');
    });
    const { onHang } = setUp(probe);
    await vi.advanceTimersByTimeAsync((HEARTBEAT_INTERVAL_MS + HEARTBEAT_TIMEOUT_MS) * 3);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(onHang).not.toHaveBeenCalled();
  });

  it('does nothing more once stopped', async () => {
    const probe = vi.fn(() => new Promise<string>(() => {}));
    const { onHang, heartbeat } = setUp(probe);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + 1);
    heartbeat.stop();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_TIMEOUT_MS * 2);
    expect(onHang).not.toHaveBeenCalled();
  });
});
