import type { MenuItemOptions } from './types.ts';
import { state } from './state.ts';
import { BrowserWindow } from './browser-window.ts';

export class MenuItem {
  readonly id: string | undefined;
  readonly label: string;
  readonly role: string | undefined;
  readonly type: string;
  checked: boolean;
  readonly accelerator: string | undefined;
  readonly submenu: Menu | undefined;
  private readonly onClick: ((...args: unknown[]) => void) | undefined;

  constructor(options: MenuItemOptions) {
    // Electron's check in Menu.buildFromTemplate.
    if (options.label === undefined && options.role === undefined && options.type === undefined) {
      throw new TypeError(
        'Invalid template for MenuItem: must have at least one of label, role or type',
      );
    }
    this.id = options.id;
    this.label = options.label ?? '';
    this.role = options.role;
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.checked = options.checked ?? false;
    this.accelerator = options.accelerator;
    this.submenu = options.submenu ? Menu.buildFromTemplate(options.submenu) : undefined;
    this.onClick = options.click;
  }

  /** Like a user's click: radio items become checked, then the handler runs. */
  click(): void {
    if (this.type === 'radio') this.checked = true;
    this.onClick?.(this, BrowserWindow.getFocusedWindow() ?? undefined, {});
  }
}

export class Menu {
  readonly items: MenuItem[];

  private constructor(items: MenuItem[]) {
    this.items = items;
  }

  static buildFromTemplate(template: readonly MenuItemOptions[]): Menu {
    if (!Array.isArray(template))
      throw new TypeError('Invalid template for Menu: Menu template must be an array');
    return new Menu(template.map((options) => new MenuItem(options)));
  }

  static setApplicationMenu(menu: Menu | null): void {
    state.applicationMenu = menu;
    state.menuHistory.push(menu);
  }

  static getApplicationMenu(): Menu | null {
    return state.applicationMenu;
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
}
