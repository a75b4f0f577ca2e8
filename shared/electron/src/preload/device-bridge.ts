// Sandboxed preload (the kiosk's). `window.ossShell.devices`: the kiosk's device calls and events
// over IPC, on the channel names main uses (../channels.ts). Main validates (zod) every request it
// receives and every event it sends; this only passes them through, and hands the page functions,
// never ipcRenderer itself (which the kiosk's preload passes in).
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { CardEvent, DeviceStatus, PrintResult, ScanEvent, ShellDevices } from '../../../src/shell-bridge.js';
import { DEVICE_CHANNELS } from '../channels.js';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createDeviceBridge(ipcRenderer: IpcRendererLike): ShellDevices {
  /** Subscribes the page's callback to one channel; the returned function unsubscribes it. */
  function subscribe<T>(channel: string, callback: (payload: T) => void): () => void {
    const listener = (_event: IpcRendererEvent, payload: T): void => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  }
  return {
    status: (): Promise<DeviceStatus[]> => ipcRenderer.invoke(DEVICE_CHANNELS.status),
    onStatus: (callback) => subscribe<DeviceStatus[]>(DEVICE_CHANNELS.statusChanged, callback),
    onCard: (callback) => subscribe<CardEvent>(DEVICE_CHANNELS.card, callback),
    onScan: (callback) => subscribe<ScanEvent>(DEVICE_CHANNELS.scan, callback),
    print: (trackingCode): Promise<PrintResult> => ipcRenderer.invoke(DEVICE_CHANNELS.print, trackingCode),
  };
}
