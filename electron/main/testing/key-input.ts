import { parseAccelerator, type Accelerator, type KeyInput } from '../accelerator.ts';

/** A key event as Electron's 'before-input-event' gives it: no modifier unless named. */
export function keyInput(
  key: string,
  code: string,
  modifiers: Partial<Omit<KeyInput, 'key' | 'code'>> = {},
): KeyInput {
  return {
    type: 'keyDown',
    key,
    code,
    control: false,
    alt: false,
    shift: false,
    meta: false,
    ...modifiers,
  };
}

/** An accelerator the test knows to be valid. */
export function accelerator(text: string): Accelerator {
  const result = parseAccelerator(text);
  if (!result.ok) throw new Error(result.message);
  return result.accelerator;
}
