/**
 * Electron accelerator strings (`CmdOrCtrl+Shift+Q`) as data, and whether a key press matches
 * one. The kiosk's exit shortcut is checked in `before-input-event` rather than registered
 * as a menu or global shortcut: the kiosk has no menu, and a global shortcut would also
 * fire when another app has the focus.
 */

export const MODIFIERS = ['CmdOrCtrl', 'Cmd', 'Ctrl', 'Alt', 'Shift', 'Meta'] as const;
export type Modifier = (typeof MODIFIERS)[number];

/** Electron's modifier names and aliases (case-insensitive), by what they mean here. */
const MODIFIER_NAMES: Readonly<Record<string, Modifier>> = {
  commandorcontrol: 'CmdOrCtrl',
  cmdorctrl: 'CmdOrCtrl',
  command: 'Cmd',
  cmd: 'Cmd',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  super: 'Meta',
  meta: 'Meta',
};

/** Named keys of Electron's accelerator syntax, by the `KeyboardEvent.code` they produce. */
const NAMED_KEY_CODES: Readonly<Record<string, readonly string[]>> = {
  space: ['Space'],
  tab: ['Tab'],
  backspace: ['Backspace'],
  delete: ['Delete'],
  insert: ['Insert'],
  return: ['Enter', 'NumpadEnter'],
  enter: ['Enter', 'NumpadEnter'],
  up: ['ArrowUp'],
  down: ['ArrowDown'],
  left: ['ArrowLeft'],
  right: ['ArrowRight'],
  home: ['Home'],
  end: ['End'],
  pageup: ['PageUp'],
  pagedown: ['PageDown'],
  escape: ['Escape'],
  esc: ['Escape'],
  plus: ['Equal', 'NumpadAdd'],
};

/** Punctuation keys, matched by the character they type (their `code` depends on the layout). */
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\'']);

export interface Accelerator {
  readonly modifiers: ReadonlySet<Modifier>;
  /** `KeyboardEvent.code` values that match (letters, digits, named and function keys). */
  readonly codes: readonly string[];
  /** `KeyboardEvent.key` that matches, for punctuation. */
  readonly key?: string;
  /** The string as written in the config, for messages and the log. */
  readonly text: string;
}

export type AcceleratorParse =
  | { readonly ok: true; readonly accelerator: Accelerator }
  | { readonly ok: false; readonly message: string };

function keyCodes(token: string): Pick<Accelerator, 'codes' | 'key'> | undefined {
  const lower = token.toLowerCase();
  if (/^[a-z]$/.test(lower)) return { codes: [`Key${lower.toUpperCase()}`] };
  if (/^[0-9]$/.test(lower)) return { codes: [`Digit${lower}`, `Numpad${lower}`] };
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return { codes: [lower.toUpperCase()] };
  const named = NAMED_KEY_CODES[lower];
  if (named) return { codes: named };
  if (PUNCTUATION.has(token)) return { codes: [], key: token };
  return undefined;
}

/**
 * Parses an accelerator as Electron writes it: modifiers, then one key, joined by `+`
 * (the `+` key itself is `Plus`). Names are case-insensitive.
 */
export function parseAccelerator(text: string): AcceleratorParse {
  const tokens = text.split('+').map((token) => token.trim());
  if (tokens.some((token) => token === '')) {
    return { ok: false, message: `"${text}" has an empty part (write the + key as "Plus")` };
  }
  // split() returns at least one token, so there is always a last one.
  const last = tokens.pop() ?? '';
  const modifiers = new Set<Modifier>();
  for (const token of tokens) {
    const modifier = MODIFIER_NAMES[token.toLowerCase()];
    if (modifier === undefined) {
      return { ok: false, message: `"${token}" in "${text}" is not a modifier` };
    }
    modifiers.add(modifier);
  }
  const key = keyCodes(last);
  if (key === undefined) return { ok: false, message: `"${last}" in "${text}" is not a key` };
  return { ok: true, accelerator: { modifiers, ...key, text } };
}

/** What a key press carries (Electron's `Input` in `before-input-event`). */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly control: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly meta: boolean;
}

/** The modifier state an accelerator asks for, on this platform (CmdOrCtrl is ⌘ on macOS). */
function wantedModifiers(accelerator: Accelerator, platform: NodeJS.Platform) {
  const has = (modifier: Modifier) => accelerator.modifiers.has(modifier);
  const cmdOrCtrl = has('CmdOrCtrl');
  const mac = platform === 'darwin';
  return {
    control: has('Ctrl') || (cmdOrCtrl && !mac),
    alt: has('Alt'),
    shift: has('Shift'),
    meta: has('Meta') || has('Cmd') || (cmdOrCtrl && mac),
  };
}

/** True when `input` presses exactly the accelerator's modifiers and its key. */
export function matchesAccelerator(
  accelerator: Accelerator,
  input: KeyInput,
  platform: NodeJS.Platform,
): boolean {
  const wanted = wantedModifiers(accelerator, platform);
  if (
    wanted.control !== input.control ||
    wanted.alt !== input.alt ||
    wanted.shift !== input.shift ||
    wanted.meta !== input.meta
  ) {
    return false;
  }
  return accelerator.key !== undefined
    ? input.key === accelerator.key
    : accelerator.codes.includes(input.code);
}

/** Whether the accelerator needs Ctrl, Alt or Cmd: a plain key (or Shift+key) can be typed by anyone. */
export function hasCommandModifier(accelerator: Accelerator): boolean {
  return COMMAND_MODIFIERS.some((modifier) => accelerator.modifiers.has(modifier));
}

const COMMAND_MODIFIERS: readonly Modifier[] = ['CmdOrCtrl', 'Cmd', 'Ctrl', 'Alt', 'Meta'];
