import { describe, expect, it } from 'vitest';
import { hasCommandModifier, matchesAccelerator, parseAccelerator } from './accelerator.ts';
import { accelerator as parsed, keyInput as press } from './testing/key-input.ts';

describe('parseAccelerator', () => {
  it('reads modifiers and a key, case-insensitively, with Electron aliases', () => {
    const accelerator = parsed('cmdorctrl+Option+SHIFT+q');
    expect([...accelerator.modifiers].sort()).toEqual(['Alt', 'CmdOrCtrl', 'Shift']);
    expect(accelerator.codes).toEqual(['KeyQ']);
    expect(parsed('Control+F12').codes).toEqual(['F12']);
    expect(parsed('Alt+Esc').codes).toEqual(['Escape']);
    expect(parsed('Ctrl+Plus').codes).toEqual(['Equal', 'NumpadAdd']);
    expect(parsed('Ctrl+7').codes).toEqual(['Digit7', 'Numpad7']);
    expect(parsed('Super+/')).toMatchObject({ key: '/', codes: [] });
  });

  it.each([
    ['Ctrl+', /empty part/],
    ['Ctrl++', /empty part/],
    ['Hyper+Q', /"Hyper" in "Hyper\+Q" is not a modifier/],
    ['Ctrl+Banana', /"Banana" in "Ctrl\+Banana" is not a key/],
    ['Ctrl+F25', /"F25".* is not a key/],
    ['', /empty part/],
  ])('refuses %j', (text, message) => {
    const result = parseAccelerator(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('tells shortcuts a visitor could type from those that need Ctrl, Alt or Cmd', () => {
    expect(hasCommandModifier(parsed('CmdOrCtrl+Q'))).toBe(true);
    expect(hasCommandModifier(parsed('Alt+X'))).toBe(true);
    expect(hasCommandModifier(parsed('Shift+Q'))).toBe(false);
    expect(hasCommandModifier(parsed('Q'))).toBe(false);
  });
});

describe('matchesAccelerator', () => {
  const exit = parsed('CmdOrCtrl+Alt+Shift+Q');

  it('maps CmdOrCtrl to Ctrl on Linux and Windows, to ⌘ on macOS', () => {
    const ctrl = press('Q', 'KeyQ', { control: true, alt: true, shift: true });
    const cmd = press('Q', 'KeyQ', { meta: true, alt: true, shift: true });
    expect(matchesAccelerator(exit, ctrl, 'linux')).toBe(true);
    expect(matchesAccelerator(exit, ctrl, 'win32')).toBe(true);
    expect(matchesAccelerator(exit, cmd, 'linux')).toBe(false);
    expect(matchesAccelerator(exit, cmd, 'darwin')).toBe(true);
  });

  it('needs exactly the modifiers asked for', () => {
    const partial = press('q', 'KeyQ', { control: true, alt: true });
    const extra = press('Q', 'KeyQ', { control: true, alt: true, shift: true, meta: true });
    expect(matchesAccelerator(exit, partial, 'linux')).toBe(false);
    expect(matchesAccelerator(exit, extra, 'linux')).toBe(false);
  });

  it('matches letters by their physical key, whatever the layout types', () => {
    // Alt+Shift on a Mac types "Œ" with the Q key; the code is still KeyQ.
    const typed = press('Œ', 'KeyQ', { meta: true, alt: true, shift: true });
    expect(matchesAccelerator(exit, typed, 'darwin')).toBe(true);
    expect(matchesAccelerator(exit, press('Q', 'KeyA', { control: true }), 'linux')).toBe(false);
  });

  it('matches punctuation by the character it types', () => {
    const slash = parsed('Ctrl+/');
    expect(matchesAccelerator(slash, press('/', 'Slash', { control: true }), 'linux')).toBe(true);
    expect(matchesAccelerator(slash, press('/', 'Digit7', { control: true }), 'linux')).toBe(true);
  });
});
