import { describe, expect, it } from 'vitest';
import type { KeyInput } from './accelerator.ts';
import { kioskInputDecision } from './kiosk-input.ts';
import { accelerator, keyInput as key } from './testing/key-input.ts';

const exit = accelerator('CmdOrCtrl+Alt+Shift+Q');
const decide = (input: KeyInput, platform: NodeJS.Platform = 'linux') =>
  kioskInputDecision(input, exit, platform);

describe('kioskInputDecision', () => {
  it.each([
    ['reload', key('r', 'KeyR', { control: true })],
    ['hard reload', key('R', 'KeyR', { control: true, shift: true })],
    ['reload (F5)', key('F5', 'F5')],
    ['reload (macOS)', key('r', 'KeyR', { meta: true })],
    ['DevTools (F12)', key('F12', 'F12')],
    ['DevTools', key('I', 'KeyI', { control: true, shift: true })],
    ['DevTools console', key('J', 'KeyJ', { control: true, shift: true })],
    ['DevTools (macOS)', key('i', 'KeyI', { meta: true, alt: true })],
    ['close tab', key('w', 'KeyW', { control: true })],
    ['close window', key('F4', 'F4', { alt: true })],
    ['close (Ctrl+F4)', key('F4', 'F4', { control: true })],
    ['quit', key('q', 'KeyQ', { control: true })],
    ['quit (macOS)', key('q', 'KeyQ', { meta: true })],
    ['zoom in', key('=', 'Equal', { control: true })],
    ['zoom in (plus)', key('+', 'Equal', { control: true, shift: true })],
    ['zoom out', key('-', 'Minus', { control: true })],
    ['zoom reset', key('0', 'Digit0', { control: true })],
    ['full screen', key('F11', 'F11')],
    ['print', key('p', 'KeyP', { control: true })],
    ['view source', key('u', 'KeyU', { control: true })],
    ['menu bar', key('Alt', 'AltLeft', { alt: true })],
    ['browser back key', key('BrowserBack', 'BrowserBack')],
    ['browser refresh key', key('BrowserRefresh', 'BrowserRefresh')],
    ['context menu key', key('ContextMenu', 'ContextMenu')],
  ])('blocks %s', (_name, input) => {
    expect(decide(input)).toBe('block');
    expect(decide({ ...input, type: 'keyUp' })).toBe('block');
  });

  it.each([
    ['next', key('ArrowRight', 'ArrowRight')],
    ['previous', key('ArrowLeft', 'ArrowLeft')],
    ['space', key(' ', 'Space')],
    ['page down', key('PageDown', 'PageDown')],
    ['home', key('Home', 'Home')],
    ['tab', key('Tab', 'Tab')],
    ['back-tab', key('Tab', 'Tab', { shift: true })],
    ['enter', key('Enter', 'Enter')],
    ['a PIN digit', key('7', 'Digit7')],
    ['escape', key('Escape', 'Escape')],
  ])('lets %s through to the deck', (_name, input) => {
    expect(decide(input)).toBe('allow');
  });

  it('quits on the exit shortcut only, on its press, per platform', () => {
    const linux = key('Q', 'KeyQ', { control: true, alt: true, shift: true });
    expect(decide(linux)).toBe('exit');
    expect(decide({ ...linux, type: 'keyUp' })).toBe('block');
    expect(decide(linux, 'darwin')).toBe('block');
    expect(decide(key('Q', 'KeyQ', { meta: true, alt: true, shift: true }), 'darwin')).toBe('exit');
  });

  it('has no exit key when only a PIN ends the kiosk', () => {
    const input = key('Q', 'KeyQ', { control: true, alt: true, shift: true });
    expect(kioskInputDecision(input, undefined, 'linux')).toBe('block');
  });

  it('can use a function key as the exit shortcut', () => {
    const f10 = accelerator('Ctrl+Alt+F10');
    const input = key('F10', 'F10', { control: true, alt: true });
    expect(kioskInputDecision(input, f10, 'linux')).toBe('exit');
    expect(kioskInputDecision(key('F10', 'F10'), f10, 'linux')).toBe('block');
  });
});
