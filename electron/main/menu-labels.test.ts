import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../core/languages.ts';
import { MENU_LABELS } from './menu-labels.ts';

describe('MENU_LABELS', () => {
  const reference = Object.keys(MENU_LABELS.en).sort();

  it('covers every language', () => {
    expect(Object.keys(MENU_LABELS).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES)(
    '%s has exactly the English keys, each a non-empty trimmed label',
    (lang) => {
      const labels = MENU_LABELS[lang];
      expect(Object.keys(labels).sort()).toEqual(reference);
      for (const label of Object.values(labels)) {
        expect(label.trim()).toBe(label);
        expect(label.replace('&', '')).not.toBe('');
      }
    },
  );

  it.each(LANGUAGE_CODES)(
    '%s marks at most one access key per label and none twice in the menu bar',
    (lang) => {
      const labels = MENU_LABELS[lang];
      for (const label of Object.values(labels))
        expect(label.split('&').length).toBeLessThanOrEqual(2);
      const bar = [labels.file, labels.view, labels.language, labels.help];
      const keys = bar.map((label) => label[label.indexOf('&') + 1]?.toLowerCase());
      expect(new Set(keys).size).toBe(bar.length);
    },
  );

  it('translates rather than copies the English', () => {
    expect(MENU_LABELS.fr.file).not.toBe(MENU_LABELS.en.file);
    expect(MENU_LABELS.kk.export).toMatch(/[\u0400-\u04FF]/);
  });
});
