// Main process (no electron import: ipcMain and the window are passed in, so the wiring is tested
// with stand-ins). Connects a DeviceHost to the kiosk renderer over the channels in channels.ts:
// requests are accepted only from a page of the hub and their arguments parsed with zod; events
// are parsed before they are sent, and a payload that fails is logged and dropped.
import type { CardEvent, DeviceStatus, PrintResult, ScanEvent } from '../../../src/shell-bridge.js';
import { DEVICE_CHANNELS } from '../channels.js';
import { isSameOrigin } from '../security.js';
import {
  CardEventSchema,
  DeviceStatusesSchema,
  PrintRequestSchema,
  PrintResultSchema,
  ScanEventSchema,
} from './device-schemas.js';

export type DeviceEvent =
  | { readonly kind: 'status'; readonly statuses: DeviceStatus[] }
  | { readonly kind: 'card'; readonly event: CardEvent }
  | { readonly kind: 'scan'; readonly event: ScanEvent };

/** What the kiosk's devices offer main (devices/kiosk-devices.ts builds one). */
export interface DeviceHost {
  status(): DeviceStatus[];
  /** Resolves (never rejects) with the outcome; `printer-not-configured` without a USB printer. */
  print(trackingCode: string): Promise<PrintResult>;
  stop(): Promise<void>;
}

export interface DeviceHostContext<Config> {
  readonly config: Config;
  readonly hubUrl: string;
  readonly log: (message: string) => void;
  /** Hands an event to the renderer (and to nobody else). */
  readonly emit: (event: DeviceEvent) => void;
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export class DeviceIpcError extends Error {
  override readonly name = 'DeviceIpcError';
}

/** Registers the invoke handlers; returns a function that removes them. */
export function connectDeviceIpc(ipcMain: IpcMainLike, host: DeviceHost, hubUrl: string): () => void {
  const fromHub = (event: InvokeEventLike): void => {
    // The window is locked to the hub, but a handler must not trust that alone (Electron's
    // security checklist: validate the sender of every IPC message).
    if (!isSameOrigin(event.senderFrame?.url ?? '', hubUrl)) throw new DeviceIpcError('devices answer only the hub’s pages');
  };
  ipcMain.handle(DEVICE_CHANNELS.status, (event) => {
    fromHub(event);
    return DeviceStatusesSchema.parse(host.status());
  });
  ipcMain.handle(DEVICE_CHANNELS.print, async (event, code) => {
    fromHub(event);
    const parsed = PrintRequestSchema.safeParse(code);
    if (!parsed.success) throw new DeviceIpcError('print takes a ticket’s tracking code');
    return PrintResultSchema.parse(await host.print(parsed.data));
  });
  return () => {
    ipcMain.removeHandler(DEVICE_CHANNELS.status);
    ipcMain.removeHandler(DEVICE_CHANNELS.print);
  };
}

/** The channel and validated payload of an event, or null (logged) when it does not validate. */
export function deviceMessage(event: DeviceEvent, log: (message: string) => void): [string, unknown] | null {
  const checked =
    event.kind === 'status'
      ? ([DEVICE_CHANNELS.statusChanged, DeviceStatusesSchema.safeParse(event.statuses)] as const)
      : event.kind === 'card'
        ? ([DEVICE_CHANNELS.card, CardEventSchema.safeParse(event.event)] as const)
        : ([DEVICE_CHANNELS.scan, ScanEventSchema.safeParse(event.event)] as const);
  const [channel, result] = checked;
  if (!result.success) {
    // Never the payload itself: it may hold a citizen's ID number.
    log(`dropped a ${event.kind} event that failed validation: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    return null;
  }
  return [channel, result.data];
}
