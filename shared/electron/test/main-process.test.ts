// The wiring in main-process.ts, against a stand-in for the 'electron' module passed to startShell
// (the binary is not installed where these tests run). The decisions themselves are tested on the
// pure modules; this checks they reach the right Electron events, windows and sessions.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeBridgeArg, type ShellApp } from '../src/bridge.js';
import { DEVICE_CHANNELS } from '../src/channels.js';
import type { DevicesConfig } from '../src/devices/device-config.js';
import type { DeviceHostContext } from '../src/devices/device-ipc.js';

type Handler = (...args: never[]) => unknown;

class FakeWebContents extends EventEmitter {
  readonly loads: string[] = [];
  openHandler: Handler | undefined;
  crashed = 0;
  hubUp = true;
  setWindowOpenHandler(handler: Handler): void {
    this.openHandler = handler;
  }
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    if (url.startsWith('data:') || this.hubUp) {
      if (!url.startsWith('data:')) this.emit('did-navigate', {}, url, 200, 'OK');
      return Promise.resolve();
    }
    return Promise.reject(Object.assign(new Error('ERR_CONNECTION_REFUSED'), { code: 'ERR_CONNECTION_REFUSED' }));
  }
  forcefullyCrashRenderer(): void {
    this.crashed += 1;
  }
  readonly sent: unknown[][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
}

function fakeElectron(appData: string, options: { lock?: boolean } = {}) {
  const app = Object.assign(new EventEmitter(), {
    paths: new Map<string, string>([['appData', appData]]),
    setPath(name: string, path: string) {
      this.paths.set(name, path);
    },
    getPath(name: string) {
      return this.paths.get(name) ?? join(appData, name);
    },
    requestSingleInstanceLock: () => options.lock ?? true,
    whenReady: () => Promise.resolve(),
    getVersion: () => '9.9.9',
    quit: vi.fn(),
    exit: vi.fn(),
    setLoginItemSettings: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly setMenuBarVisibility = vi.fn();
    readonly isMinimized = () => false;
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }
  const handlers: Record<string, Handler> = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    },
  };
  const ipcHandlers = new Map<string, Handler>();
  const ipcMain = {
    handlers: ipcHandlers,
    handle: (channel: string, listener: Handler) => void ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => void ipcHandlers.delete(channel),
  };
  return {
    app,
    ipcMain,
    BrowserWindow: FakeWindow,
    windows,
    handlers,
    session,
    Menu: { setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    powerSaveBlocker: { start: vi.fn(() => 1) },
    screen: { getAllDisplays: () => [] },
    net: { fetch: vi.fn(async () => new Response('ok', { status: 200 })) },
  };
}

import { startShell } from '../src/main-process.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oss-main-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function start(app: ShellApp, config: object, lock = true) {
  const fake = fakeElectron(dir, { lock });
  const file = join(dir, 'oss-shell.json');
  await writeFile(file, JSON.stringify(config));
  startShell({ electron: fake, app, preloadPath: '/opt/oss/preload.cjs', env: { OSS_SHELL_CONFIG: file } });
  return fake;
}

async function started(fake: ReturnType<typeof fakeElectron>) {
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  const win = fake.windows[0];
  if (win === undefined) throw new Error('no window');
  await vi.waitFor(() => expect(win.webContents.loads.length).toBeGreaterThan(0));
  return win;
}

describe('startShell', () => {
  it('opens a locked-down kiosk window on the hub with the bridge in argv', async () => {
    const fake = await start('kiosk', { hubUrl: 'http://hub:8080', startOnBoot: true });
    const win = await started(fake);

    expect(fake.app.getPath('userData')).toBe(join(dir, 'oss-kiosk'));
    expect(win.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      preload: '/opt/oss/preload.cjs',
    });
    expect(decodeBridgeArg(win.options.webPreferences?.additionalArguments ?? [])).toEqual({
      app: 'kiosk',
      version: '9.9.9',
      hubUrl: 'http://hub:8080',
      platform: process.platform,
    });
    expect(win.webContents.loads).toEqual(['http://hub:8080/kiosk']);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(fake.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });

  it('blocks foreign navigation, redirects, webviews and new windows', async () => {
    const win = await started(await start('kiosk', { hubUrl: 'http://hub:8080' }));
    const wc = win.webContents;
    const navigate = (event: string, url: string, isMainFrame = true) => {
      const preventDefault = vi.fn();
      wc.emit(event, { url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'http://hub:8080.evil.com/'), event).toBe(true);
      expect(navigate(event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(event, 'http://hub:8080/kiosk/next'), event).toBe(false);
    }
    const webview = vi.fn();
    wc.emit('will-attach-webview', { preventDefault: webview });
    expect(webview).toHaveBeenCalled();
    expect(wc.openHandler?.({ url: 'http://hub:8080/kiosk' } as never)).toEqual({ action: 'deny' });
  });

  it('answers permission requests per app and origin', async () => {
    const fake = await start('display', {});
    await started(fake);
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      fake.handlers.request?.(...([{}, permission, (g: boolean) => (granted = g), { requestingUrl: url }] as never[]));
      return granted;
    };
    expect(ask('speaker-selection', 'http://localhost:8080/display')).toBe(true);
    expect(ask('media', 'http://localhost:8080/display')).toBe(false);
    expect(ask('speaker-selection', 'http://evil.example/')).toBe(false);
    expect(fake.handlers.check?.(...([{}, 'fullscreen', 'http://localhost:8080', {}] as never[]))).toBe(true);
    expect(fake.handlers.check?.(...([{}, 'notifications', 'http://localhost:8080', {}] as never[]))).toBe(false);
    expect(fake.handlers.device?.()).toBe(false);
  });

  it('shows the offline page when the hub is down and loads once a probe succeeds', async () => {
    const fake = fakeElectron(dir);
    const file = join(dir, 'oss-shell.json');
    await writeFile(file, '{"offlineRetrySeconds": 2}');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Down from the first attempt on.
    const original = fake.BrowserWindow;
    fake.BrowserWindow = class extends original {
      constructor(...args: ConstructorParameters<typeof original>) {
        super(...args);
        this.webContents.hubUp = false;
      }
    };
    startShell({ electron: fake, app: 'display', preloadPath: '/p.cjs', env: { OSS_SHELL_CONFIG: file } });
    const win = await started(fake);
    await vi.waitFor(() => expect(win.webContents.loads).toHaveLength(2));
    expect(win.webContents.loads[0]).toBe('http://localhost:8080/display');
    expect(win.webContents.loads[1]).toMatch(/^data:text\/html/);

    fake.net.fetch.mockResolvedValue(new Response('down', { status: 502 }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fake.net.fetch).toHaveBeenCalledTimes(1);
    expect(win.webContents.loads).toHaveLength(2);

    win.webContents.hubUp = true;
    fake.net.fetch.mockResolvedValue(new Response('ok', { status: 200 }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(win.webContents.loads.at(-1)).toBe('http://localhost:8080/display');
  });

  it('reloads after a renderer crash and kills a hung renderer', async () => {
    const win = await started(await start('display', {}));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.advanceTimersByTimeAsync(999);
    expect(win.webContents.loads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(win.webContents.loads).toEqual(['http://localhost:8080/display', 'http://localhost:8080/display']);

    win.webContents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(29_000);
    win.webContents.emit('responsive');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(win.webContents.crashed).toBe(0);
    win.webContents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(win.webContents.crashed).toBe(1);
  });

  it('gives the counter a normal window with its menu hidden and no wake lock', async () => {
    const fake = await start('counter', {});
    const win = await started(fake);
    expect(win.options).toMatchObject({ fullscreen: false, width: 1280 });
    expect(win.options.webPreferences).toMatchObject({ autoplayPolicy: 'document-user-activation-required' });
    expect(win.setMenuBarVisibility).toHaveBeenCalledWith(false);
    expect(fake.Menu.setApplicationMenu).not.toHaveBeenCalled();
    expect(fake.powerSaveBlocker.start).not.toHaveBeenCalled();
    expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('reports a bad config file and exits without opening a window', async () => {
    const fake = await start('kiosk', { hubUrl: 'ftp://hub' });
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'OSS kiosk: configuration error',
      expect.stringMatching(/oss-shell\.json:\n {2}- hubUrl: must start with http/),
    );
    expect(fake.windows).toHaveLength(0);
  });

  it('starts the kiosk’s devices with its config and connects them to the window over IPC', async () => {
    const fake = fakeElectron(dir);
    const file = join(dir, 'oss-shell.json');
    await writeFile(file, JSON.stringify({ hubUrl: 'http://hub:8080', devices: { usbPrinter: { device: '0416:5011' } } }));
    let context: DeviceHostContext<DevicesConfig> | undefined;
    const stop = vi.fn(async () => undefined);
    startShell({
      electron: fake,
      app: 'kiosk',
      preloadPath: '/p.cjs',
      env: { OSS_SHELL_CONFIG: file },
      devices: (ctx) => {
        context = ctx;
        return { status: () => [], print: async () => ({ ok: true, printer: 'usb:0416:5011' }), stop };
      },
    });
    const win = await started(fake);
    expect(context?.hubUrl).toBe('http://hub:8080');
    expect(context?.config.usbPrinter?.device).toBe('0416:5011');

    const scan = { text: 'OSSB:ABC123', source: 'hid-pos', device: '0c2e:0b61' } as const;
    context?.emit({ kind: 'scan', event: scan });
    context?.emit({ kind: 'scan', event: { ...scan, text: '' } }); // invalid: dropped
    expect(win.webContents.sent).toEqual([[DEVICE_CHANNELS.scan, scan]]);

    const print = fake.ipcMain.handlers.get(DEVICE_CHANNELS.print);
    expect(await print?.(...([{ senderFrame: { url: 'http://hub:8080/kiosk/' } }, 'ABC123'] as never[]))).toEqual({
      ok: true,
      printer: 'usb:0416:5011',
    });
    fake.app.emit('will-quit');
    expect(stop).toHaveBeenCalledTimes(1);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('leaves a second instance to the first', async () => {
    const fake = await start('display', {}, false);
    expect(fake.app.quit).toHaveBeenCalled();
    // A window that must not open has no event to wait for: a short wait, past the fake's whenReady.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.windows).toHaveLength(0);
  });
});
