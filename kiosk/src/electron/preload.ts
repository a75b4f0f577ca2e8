// Preload (sandboxed renderer). Exposes the typed bridge as `window.ossShell`, with the kiosk's
// devices. A sandboxed preload's require() reaches only 'electron', so this file is bundled by
// esbuild into dist/electron/preload.cjs (kiosk/package.json `build`): the channel names and the
// argv switch are imported from shared/electron/src/channels.ts (import-free) instead of being
// repeated, and the bundle requires nothing but 'electron' (test/bridge-preload.test.ts).
//
// Main validates (zod) every request it receives and every event it sends; this file only passes
// them through, and hands the page functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CardEvent, DeviceStatus, PrintResult, ScanEvent, ShellBridge, ShellDevices } from '@oss/shared';
import { BRIDGE_ARG_PREFIX, BRIDGE_GLOBAL, DEVICE_CHANNELS } from '@oss/shared/electron/channels';

function readBridge(): ShellBridge {
  const arg = process.argv.find((a) => a.startsWith(BRIDGE_ARG_PREFIX));
  if (arg === undefined) throw new Error(`oss-shell preload: no ${BRIDGE_ARG_PREFIX} in argv`);
  // Main built and validated this object (zod) a moment ago; here it is only decoded.
  const bridge: ShellBridge = JSON.parse(decodeURIComponent(arg.slice(BRIDGE_ARG_PREFIX.length)));
  if (bridge.app !== 'kiosk') throw new Error(`oss-shell preload: the kiosk preload got a ${bridge.app} bridge`);
  return bridge;
}

/** Subscribes the page's callback to one channel; the returned function unsubscribes it. */
function subscribe<T>(channel: string, callback: (payload: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: T): void => callback(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

const devices: ShellDevices = {
  status: (): Promise<DeviceStatus[]> => ipcRenderer.invoke(DEVICE_CHANNELS.status),
  onStatus: (callback) => subscribe<DeviceStatus[]>(DEVICE_CHANNELS.statusChanged, callback),
  onCard: (callback) => subscribe<CardEvent>(DEVICE_CHANNELS.card, callback),
  onScan: (callback) => subscribe<ScanEvent>(DEVICE_CHANNELS.scan, callback),
  print: (trackingCode): Promise<PrintResult> => ipcRenderer.invoke(DEVICE_CHANNELS.print, trackingCode),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, { ...readBridge(), devices } satisfies ShellBridge);
