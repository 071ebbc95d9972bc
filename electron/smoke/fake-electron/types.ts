export type Listener = (...args: never[]) => unknown;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Display {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
}

export interface NavigationEvent {
  readonly url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export interface FakeWindowOptions {
  readonly show?: boolean;
  readonly kiosk?: boolean;
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly webPreferences?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

export interface OpenHandlerDetails {
  readonly url: string;
}

export type OpenHandler = (details: OpenHandlerDetails) => { action: 'allow' | 'deny' };

/** Electron's `Input` of 'before-input-event'. */
export interface FakeInput {
  readonly type: 'keyDown' | 'keyUp';
  readonly key: string;
  readonly code: string;
  readonly control?: boolean;
  readonly alt?: boolean;
  readonly shift?: boolean;
  readonly meta?: boolean;
}

/** Electron's RenderProcessGoneDetails. */
export interface GoneDetails {
  readonly reason: 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed';
  readonly exitCode: number;
}

export interface HeadersDetails {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

export type HeadersListener = (
  details: HeadersDetails,
  callback: (response: {
    responseHeaders?: Record<string, string | string[]>;
    cancel?: boolean;
  }) => void,
) => void;

export interface MenuItemOptions {
  readonly id?: string;
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly checked?: boolean;
  readonly accelerator?: string;
  readonly click?: (...args: unknown[]) => void;
  readonly submenu?: readonly MenuItemOptions[];
}

export interface SaveDialogResult {
  canceled: boolean;
  filePath: string;
}

export type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
