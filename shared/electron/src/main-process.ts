// Main process. The composition root of a shell: it wires the pure decisions of the sibling
// modules to Electron's events and holds no policy of its own. Electron itself is passed in (each
// app's src/electron/main.ts hands over its `import electron from 'electron'`), so nothing here
// loads 'electron' at run time and the tests give it a stand-in.
import { join } from 'node:path';
import { createBridge, encodeBridgeArg, type ShellApp } from './bridge.js';
import type { ShellSettings } from './config.js';
import { loadShellSettings } from './config-file.js';
import type { DevicesConfig } from './devices/device-config.js';
import { connectDeviceIpc, deviceMessage, type DeviceHost, type DeviceHostContext } from './devices/device-ipc.js';
import { DEFAULT_CRASH_POLICY, createCrashPolicy, type CrashPolicyOptions } from './crash-policy.js';
import { classifyLoadError, createHubLoader, isFailedStatus, type LoadOutcome } from './hub-loader.js';
import { localPageUrl, type LocalPageKind } from './offline-page.js';
import {
  buildWebPreferences,
  isSameOrigin,
  navigationDecision,
  permissionDecision,
  windowOpenDecision,
  type Permission,
} from './security.js';
import type { SessionLike, ShellElectron, WebContentsLike, WindowLike } from './shell-electron.js';
import { buildWindowOptions, keepsDisplayAwake, pickScreenBounds, removesApplicationMenu } from './window-options.js';

export interface StartShellOptions {
  /** The 'electron' module (or a stand-in in tests). */
  readonly electron: ShellElectron;
  readonly app: ShellApp;
  /** Absolute path of the app's compiled CommonJS preload (sandboxed preloads must be CJS). */
  readonly preloadPath: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly crashPolicy?: CrashPolicyOptions;
  /** The kiosk's devices (devices/kiosk-devices.ts `startKioskDevices`); the other apps have none. */
  readonly devices?: (context: DeviceHostContext<DevicesConfig>) => DeviceHost;
}

const PROBE_TIMEOUT_MS = 3_000;

export function startShell(options: StartShellOptions): void {
  const { electron } = options;
  const { app, dialog } = electron;
  const shellApp = options.app;
  const log = (message: string): void => console.log(`[oss-${shellApp}] ${message}`);

  // A readable, stable place for oss-shell.json and the renderer's storage:
  // %APPDATA%\oss-kiosk, ~/.config/oss-kiosk, ~/Library/Application Support/oss-kiosk.
  app.setPath('userData', join(app.getPath('appData'), `oss-${shellApp}`));

  // A second launch (a double-click, an autostart racing a technician) focuses the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let win: WindowLike | undefined;
  app.on('second-instance', () => {
    if (win === undefined) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  const fail = (title: string, err: unknown): void => {
    const message = err instanceof Error ? err.message : String(err);
    log(`${title}: ${message}`);
    dialog.showErrorBox(`OSS ${shellApp}: ${title}`, message);
    app.exit(1);
  };

  app
    .whenReady()
    .then(async () => {
      let settings: ShellSettings;
      try {
        settings = await loadShellSettings({
          app: shellApp,
          userDataDir: app.getPath('userData'),
          env: options.env ?? process.env,
        });
      } catch (err) {
        fail('configuration error', err);
        return;
      }
      log(`hub ${settings.hubUrl}, settings ${settings.source}`);

      if (settings.startOnBoot !== undefined) {
        // Windows and macOS only; on Linux autostart is the packaging's job (build/).
        app.setLoginItemSettings({ openAtLogin: settings.startOnBoot });
      }
      if (removesApplicationMenu(shellApp)) electron.Menu.setApplicationMenu(null);
      if (keepsDisplayAwake(shellApp)) electron.powerSaveBlocker.start('prevent-display-sleep');

      // Every web contents, including any created later, gets the same lockdown.
      app.on('web-contents-created', (_event, contents) => lockDown(contents, settings, log));
      grantPermissions(electron.session.defaultSession, settings);

      win = createWindow(electron, settings, options.preloadPath);
      win.on('closed', () => {
        win = undefined;
      });
      if (options.devices) startDevices(electron, options.devices, settings, () => win?.webContents, log);
      superviseWindow(electron, win.webContents, settings, options.crashPolicy ?? DEFAULT_CRASH_POLICY, log);
    })
    .catch((err: unknown) => fail('start-up error', err));
}

/** Starts the devices in main and connects them to the window's renderer over IPC. */
function startDevices(
  { app, ipcMain }: ShellElectron,
  start: NonNullable<StartShellOptions['devices']>,
  settings: ShellSettings,
  contents: () => WebContentsLike | undefined,
  log: (m: string) => void,
): void {
  const host = start({
    config: settings.devices,
    hubUrl: settings.hubUrl,
    log,
    emit: (event) => {
      const message = deviceMessage(event, log);
      const target = contents();
      if (message && target && !target.isDestroyed()) target.send(...message);
    },
  });
  const disconnect = connectDeviceIpc(ipcMain, host, settings.hubUrl);
  app.once('will-quit', () => {
    disconnect();
    void host.stop();
  });
}

function createWindow({ app, BrowserWindow, screen }: ShellElectron, settings: ShellSettings, preloadPath: string): WindowLike {
  const bridge = createBridge({
    app: settings.app,
    version: app.getVersion(),
    hubUrl: settings.hubUrl,
    platform: process.platform,
  });
  const webPreferences = buildWebPreferences({
    app: settings.app,
    preloadPath,
    devtools: settings.devtools,
    bridgeArg: encodeBridgeArg(bridge),
  });
  const bounds = pickScreenBounds(screen.getAllDisplays(), settings.screen);
  const win = new BrowserWindow(buildWindowOptions(settings, webPreferences, bounds));
  if (!removesApplicationMenu(settings.app)) win.setMenuBarVisibility(false);
  return win;
}

function lockDown(contents: WebContentsLike, settings: ShellSettings, log: (m: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked new window: ${url}`);
    return windowOpenDecision();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const guard = (event: { url: string; isMainFrame: boolean; preventDefault(): void }): void => {
    if (navigationDecision(event, settings.hubUrl) === 'deny') {
      log(`blocked navigation: ${event.url}`);
      event.preventDefault();
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
}

function grantPermissions(ses: SessionLike, settings: ShellSettings): void {
  const decide = (permission: Permission, url: string): boolean =>
    permissionDecision({ app: settings.app, permission, requestingUrl: url }, settings.hubUrl);
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decide(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decide(permission, requestingOrigin));
  // WebHID/WebUSB/Web Serial: the kiosk's devices belong to the shell, never to the page.
  ses.setDevicePermissionHandler(() => false);
}

function superviseWindow(
  { net }: ShellElectron,
  contents: WebContentsLike,
  settings: ShellSettings,
  crashOptions: CrashPolicyOptions,
  log: (m: string) => void,
): void {
  const showLocalPage = (kind: LocalPageKind): Promise<void> =>
    contents
      .loadURL(
        localPageUrl({
          kind,
          app: settings.app,
          hubUrl: settings.hubUrl,
          configSource: settings.source,
          retrySeconds: settings.offlineRetryMs / 1000,
        }),
      )
      .catch(() => undefined);

  const loader = createHubLoader({
    appUrl: settings.appUrl,
    retryMs: settings.offlineRetryMs,
    load: (url) => loadPage(contents, url),
    probe: (url) => probeUrl(net, url),
    showLocalPage,
    schedule: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    log,
  });

  const crashes = createCrashPolicy(crashOptions);
  contents.on('render-process-gone', (_event, details) => {
    const decision = crashes.onRenderProcessGone(details.reason, Date.now());
    if (decision.action === 'ignore') return;
    log(`renderer gone (${details.reason}); crash ${decision.crashes}, reloading in ${decision.delayMs} ms`);
    loader.reloadAfter(decision.delayMs, decision.outOfService);
  });

  // A hung page is as dead as a crashed one on an unattended screen: kill it, and the crash
  // policy above brings it back.
  let hang: ReturnType<typeof setTimeout> | undefined;
  contents.on('unresponsive', () => {
    hang ??= setTimeout(() => {
      hang = undefined;
      log(`renderer unresponsive for ${crashOptions.hangTimeoutMs} ms; restarting it`);
      contents.forcefullyCrashRenderer();
    }, crashOptions.hangTimeoutMs);
  });
  contents.on('responsive', () => {
    clearTimeout(hang);
    hang = undefined;
  });

  // The page reloading itself while the hub is down (ERR_ABORTED, -3, is a superseded load).
  contents.on('did-fail-load', (_event, errorCode, _description, url, isMainFrame) => {
    if (isMainFrame && errorCode !== -3 && isSameOrigin(url, settings.hubUrl)) loader.pageFailed();
  });
  contents.once('destroyed', () => {
    clearTimeout(hang);
    loader.dispose();
  });

  loader.start();
}

/** Loads `url`, treating an HTTP error status (a proxy's 502, a hub without that app) as failure. */
async function loadPage(contents: WebContentsLike, url: string): Promise<LoadOutcome> {
  let status = 0;
  const onNavigate = (_event: unknown, _url: string, httpResponseCode: number): void => {
    status = httpResponseCode;
  };
  contents.on('did-navigate', onNavigate);
  try {
    await contents.loadURL(url);
    return isFailedStatus(status) ? 'failed' : 'loaded';
  } catch (err) {
    return classifyLoadError(err);
  } finally {
    contents.off('did-navigate', onNavigate);
  }
}

async function probeUrl(net: ShellElectron['net'], url: string): Promise<boolean> {
  try {
    const response = await net.fetch(url, {
      // Ask the hub itself: a cached copy would say "up" while it is down.
      headers: { 'cache-control': 'no-cache' },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
