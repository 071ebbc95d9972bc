import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The reader's fact sheet beside the repository, where the team keeps it (absent in a lone clone). */
const FACTS = join(import.meta.dirname, '..', '..', '..', 'shared', 'briefing', 'FACTS.md');

describe.skipIf(!existsSync(FACTS))('shared/briefing/FACTS.md', () => {
  const facts = existsSync(FACTS) ? readFileSync(FACTS, 'utf8') : '';

  it('states the figures the dataset holds', () => {
    for (const text of [
      'US$370 million in 1992',
      'US$41 billion',
      '28.3%',
      'US$25.3 billion',
      'US$40 billion target',
      '2013, 2015, 2017 and 2022',
      'US$41.02 bn',
      'US$368 million',
      '41 / 0.37 ≈ 111×',
      '7 years early',
      '22.6%',
      'US$1.81 bn',
    ]) {
      expect(facts, text).toContain(text);
    }
  });
});
