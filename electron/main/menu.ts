/**
 * The application menu as data, built from the language. Items that concern the deck send
 * a ShellCommand to the renderer; the rest are Electron roles or shell actions.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../core/ipc-contract.ts';
import { LANGUAGES, type Language } from '../../core/languages.ts';
import { MENU_LABELS } from './menu-labels.ts';

/** Menu order of the languages: as they appear on the briefing's cover. */
export const MENU_LANGUAGE_ORDER: readonly Language[] = ['fr', 'en', 'kk'];

export interface MenuActions {
  /** Sends a command to the focused deck window. */
  send(command: ShellCommand): void;
  setLanguage(language: Language): void;
  toggleFullScreen(): void;
}

export interface MenuContext {
  readonly language: Language;
  readonly platform: NodeJS.Platform;
  /** Developer items (reload, DevTools): unpackaged runs only. */
  readonly developer: boolean;
}

export function buildMenuTemplate(
  context: MenuContext,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[context.language];
  const mac = context.platform === 'darwin';
  // Keys the renderer already handles are shown in the menu but not registered, so a key
  // press reaches the page once instead of being taken by the menu.
  const hint = (accelerator: string) => ({ accelerator, registerAccelerator: false });

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: [
      {
        id: 'export',
        label: labels.export,
        accelerator: 'CmdOrCtrl+P',
        click: () => actions.send({ type: 'export' }),
      },
      // On macOS Quit lives in the application menu.
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'quit', label: labels.quit, role: 'quit' } as const,
          ]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      {
        id: 'full-screen',
        label: labels.fullScreen,
        ...hint('F'),
        click: () => actions.toggleFullScreen(),
      },
      {
        id: 'overview',
        label: labels.overview,
        ...hint('O'),
        click: () => actions.send({ type: 'show-overview' }),
      },
      {
        id: 'presenter',
        label: labels.presenterView,
        ...hint('P'),
        click: () => actions.send({ type: 'toggle-presenter' }),
      },
      ...(context.developer
        ? [
            { type: 'separator' } as const,
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  };

  const language: MenuItemConstructorOptions = {
    id: 'language',
    label: labels.language,
    submenu: MENU_LANGUAGE_ORDER.map((code) => ({
      id: `language-${code}`,
      label: LANGUAGES[code].name,
      type: 'radio',
      checked: code === context.language,
      click: () => actions.setLanguage(code),
    })),
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: labels.help,
    role: 'help',
    submenu: [
      {
        id: 'keyboard-shortcuts',
        label: labels.keyboardShortcuts,
        click: () => actions.send({ type: 'show-help' }),
      },
      ...(mac ? [] : [{ id: 'about', label: labels.about, role: 'about' } as const]),
    ],
  };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, view, language, help];
}
