// Main process (types only). The part of Electron that startShell drives, as narrow interfaces:
// each app's main.ts passes the real module (`import electron from 'electron'`), and the tests a
// stand-in of this shape, so main-process.ts itself never loads 'electron'.
import type { BrowserWindowConstructorOptions, Rectangle, RenderProcessGoneDetails } from 'electron';
import type { IpcMainLike } from './devices/device-ipc.js';
import type { Permission } from './security.js';

export interface ShellElectron {
  readonly app: AppLike;
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => WindowLike;
  readonly Menu: { setApplicationMenu(menu: null): void };
  readonly dialog: { showErrorBox(title: string, content: string): void };
  readonly ipcMain: IpcMainLike;
  readonly net: { fetch(url: string, init: { headers: Record<string, string>; signal: AbortSignal }): Promise<Response> };
  readonly powerSaveBlocker: { start(type: 'prevent-display-sleep'): number };
  readonly screen: { getAllDisplays(): readonly { readonly bounds: Rectangle }[] };
  readonly session: { readonly defaultSession: SessionLike };
}

export interface AppLike {
  setPath(name: 'userData', path: string): void;
  getPath(name: 'appData' | 'userData'): string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  getVersion(): string;
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
  quit(): void;
  exit(code: number): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
  once(event: 'will-quit', listener: () => void): unknown;
}

export interface WindowLike {
  readonly webContents: WebContentsLike;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  setMenuBarVisibility(visible: boolean): void;
  on(event: 'closed', listener: () => void): unknown;
}

/** The event of will-navigate, will-frame-navigate and will-redirect. */
export interface NavigationEventLike {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

type DidNavigate = (event: unknown, url: string, httpResponseCode: number) => void;
type DidFailLoad = (event: unknown, errorCode: number, description: string, url: string, isMainFrame: boolean) => void;

export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
  on(event: 'did-fail-load', listener: DidFailLoad): unknown;
  on(event: 'did-navigate', listener: DidNavigate): unknown;
  off(event: 'did-navigate', listener: DidNavigate): unknown;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: Permission,
      callback: (granted: boolean) => void,
      details: { readonly requestingUrl: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: Permission, requestingOrigin: string) => boolean): void;
  /** WebHID/WebUSB/Web Serial. */
  setDevicePermissionHandler(handler: () => boolean): void;
}
