import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from './menu.ts';

function actions() {
  return {
    send: vi.fn<MenuActions['send']>(),
    setLanguage: vi.fn<MenuActions['setLanguage']>(),
    toggleFullScreen: vi.fn<MenuActions['toggleFullScreen']>(),
  } satisfies MenuActions;
}

const linux = { platform: 'linux', developer: false } as const;

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.id}`);
  return items;
}

function find(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  for (const item of template) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu, id);
      } catch {
        // not in this branch
      }
    }
  }
  throw new Error(`no item ${id}`);
}

function click(item: MenuItemConstructorOptions): void {
  // The click handlers ignore Electron's arguments; the menu layer passes real ones.
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, View, Language, Help with labels in the chosen language', () => {
    const en = buildMenuTemplate({ ...linux, language: 'en' }, actions());
    expect(en.map((item) => item.label)).toEqual(['&File', '&View', '&Language', '&Help']);
    const fr = buildMenuTemplate({ ...linux, language: 'fr' }, actions());
    expect(fr.map((item) => item.label)).toEqual(['&Fichier', '&Affichage', '&Langue', 'Aid&e']);
    expect(find(fr, 'presenter').label).toBe('Mode présentateur');
    const kk = buildMenuTemplate({ ...linux, language: 'kk' }, actions());
    expect(find(kk, 'export').label).toBe('Экспорттау (PDF, PowerPoint)…');
  });

  it('lists the languages by their own names, the current one checked', () => {
    const template = buildMenuTemplate({ ...linux, language: 'kk' }, actions());
    const items = submenu(find(template, 'language'));
    expect(items.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Français', 'radio', false],
      ['English', 'radio', false],
      ['Қазақша', 'radio', true],
    ]);
  });

  it('sends ShellCommands and shell actions from its items', () => {
    const spy = actions();
    const template = buildMenuTemplate({ ...linux, language: 'en' }, spy);
    click(find(template, 'export'));
    click(find(template, 'overview'));
    click(find(template, 'presenter'));
    click(find(template, 'keyboard-shortcuts'));
    click(find(template, 'full-screen'));
    click(find(template, 'language-fr'));
    expect(spy.send.mock.calls).toEqual([
      [{ type: 'export' }],
      [{ type: 'show-overview' }],
      [{ type: 'toggle-presenter' }],
      [{ type: 'show-help' }],
    ]);
    expect(spy.toggleFullScreen).toHaveBeenCalledTimes(1);
    expect(spy.setLanguage).toHaveBeenCalledWith('fr');
  });

  it('uses roles for Quit and About, and shows renderer keys without registering them', () => {
    const template = buildMenuTemplate({ ...linux, language: 'en' }, actions());
    expect(find(template, 'quit')).toMatchObject({ role: 'quit', label: 'Quit' });
    expect(find(template, 'about')).toMatchObject({ role: 'about', label: 'About' });
    expect(find(template, 'overview')).toMatchObject({
      accelerator: 'O',
      registerAccelerator: false,
    });
    expect(find(template, 'presenter')).toMatchObject({
      accelerator: 'P',
      registerAccelerator: false,
    });
  });

  it('follows macOS conventions', () => {
    const template = buildMenuTemplate(
      { platform: 'darwin', developer: false, language: 'en' },
      actions(),
    );
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(() => find(template, 'quit')).toThrow();
    expect(() => find(template, 'about')).toThrow();
  });

  it('adds developer tools only for unpackaged runs', () => {
    const roles = (developer: boolean) =>
      submenu(
        find(buildMenuTemplate({ ...linux, developer, language: 'en' }, actions()), 'view'),
      ).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
