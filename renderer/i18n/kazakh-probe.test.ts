import { beforeEach, describe, expect, it, vi } from 'vitest';

// format.ts asks whether the engine formats Kazakh (two Kazakh Intl formatters, tens of
// milliseconds at a cold start) once, and only when something is formatted in Kazakh.
const probe = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./kazakh-fallback.ts', async (original) => {
  const actual = await original<typeof import('./kazakh-fallback.ts')>();
  return {
    ...actual,
    engineKnowsKazakh: () => {
      probe.calls += 1;
      return actual.engineKnowsKazakh();
    },
  };
});

describe('the Kazakh ICU probe', () => {
  beforeEach(() => {
    probe.calls = 0;
    vi.resetModules();
  });

  it('does not run for French or English', async () => {
    const { formatNumber, formatProseDateRange } = await import('./format.ts');
    formatNumber('fr', 41.02);
    formatProseDateRange('en', '2024-07-03', '2024-07-04');
    expect(probe.calls).toBe(0);
  });

  it('runs once when Kazakh is formatted', async () => {
    const { formatNumber, formatPercent } = await import('./format.ts');
    expect(formatNumber('kk', 41, 1)).toBe('41,0');
    expect(formatPercent('kk', 28.3)).toBe('28,3%');
    expect(probe.calls).toBe(1);
  });
});
