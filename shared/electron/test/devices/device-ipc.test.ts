// The device IPC in main: only the hub's pages may ask, arguments and events are parsed with zod,
// and the kiosk's devices start (or report what is missing) from oss-shell.json.
import { describe, expect, it } from 'vitest';
import { DEVICE_CHANNELS } from '../../src/channels.js';
import { parseShellConfig } from '../../src/config.js';
import { DEFAULT_DEVICES_CONFIG, DevicesConfigSchema } from '../../src/devices/device-config.js';
import {
  connectDeviceIpc,
  deviceMessage,
  type DeviceEvent,
  type DeviceHost,
  type InvokeEventLike,
} from '../../src/devices/device-ipc.js';
import { startKioskDevices } from '../../src/devices/kiosk-devices.js';
import type { DeviceStatus, PrintResult } from '../../../src/shell-bridge.js';

type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, listener: Handler) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
    invoke: async (channel: string, url: string | null, ...args: unknown[]) =>
      handlers.get(channel)?.({ senderFrame: url === null ? null : { url } }, ...args),
  };
}

const HUB = 'http://10.0.0.5:8080';
const statuses: DeviceStatus[] = [{ kind: 'card-reader', state: 'ready', name: 'ACS ACR39U' }];

function host(result: PrintResult = { ok: true, printer: 'usb' }) {
  const printed: string[] = [];
  const h: DeviceHost = {
    status: () => statuses,
    print: async (code) => {
      printed.push(code);
      return result;
    },
    stop: async () => undefined,
  };
  return { h, printed };
}

describe('connectDeviceIpc', () => {
  it('answers the hub’s pages and removes its handlers on disconnect', async () => {
    const ipc = fakeIpcMain();
    const { h, printed } = host();
    const disconnect = connectDeviceIpc(ipc, h, HUB);
    expect(await ipc.invoke(DEVICE_CHANNELS.status, `${HUB}/kiosk/`)).toEqual(statuses);
    expect(await ipc.invoke(DEVICE_CHANNELS.print, `${HUB}/kiosk/`, 'ABC123')).toEqual({ ok: true, printer: 'usb' });
    expect(printed).toEqual(['ABC123']);
    disconnect();
    expect(ipc.handlers.size).toBe(0);
  });

  it('refuses other senders and bad arguments before touching a device', async () => {
    const ipc = fakeIpcMain();
    const { h, printed } = host();
    connectDeviceIpc(ipc, h, HUB);
    await expect(ipc.invoke(DEVICE_CHANNELS.status, 'http://10.0.0.5:8080.evil.com/')).rejects.toThrow(/only the hub/);
    await expect(ipc.invoke(DEVICE_CHANNELS.status, 'data:text/html,offline')).rejects.toThrow(/only the hub/);
    await expect(ipc.invoke(DEVICE_CHANNELS.status, null)).rejects.toThrow(/only the hub/);
    for (const bad of ['../../admin', 'AB', 42, { code: 'ABC123' }, undefined]) {
      await expect(ipc.invoke(DEVICE_CHANNELS.print, `${HUB}/kiosk/`, bad)).rejects.toThrow(/tracking code/);
    }
    expect(printed).toEqual([]);
  });
});

describe('deviceMessage', () => {
  it('sends valid events on their channels and drops invalid ones without logging their content', () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    const scan: DeviceEvent = { kind: 'scan', event: { text: 'OSSB:ABC123', source: 'hid-pos', device: '0c2e:0b61' } };
    expect(deviceMessage(scan, log)).toEqual([DEVICE_CHANNELS.scan, scan.event]);
    expect(deviceMessage({ kind: 'status', statuses }, log)).toEqual([DEVICE_CHANNELS.statusChanged, statuses]);
    const card: DeviceEvent = { kind: 'card', event: { type: 'removed', reader: 'r' } };
    expect(deviceMessage(card, log)?.[0]).toBe(DEVICE_CHANNELS.card);

    const control: DeviceEvent = { kind: 'scan', event: { text: 'A\u001dB', source: 'keyboard', device: 'x' } };
    expect(deviceMessage(control, log)).toBeNull();
    const secret = '3101500123459';
    const oddCard: DeviceEvent = {
      kind: 'card',
      event: {
        type: 'inserted',
        reader: 'r',
        card: {
          citizenId: `${secret}x`,
          thaiName: { prefix: '', first: 'x', middle: '', last: '' },
          englishName: { prefix: '', first: '', middle: '', last: '' },
          dateOfBirth: null,
        },
      },
    };
    expect(deviceMessage(oddCard, log)).toBeNull();
    expect(logs).toHaveLength(2);
    expect(logs.join('\n')).not.toContain(secret);
  });
});

describe('the devices section of oss-shell.json', () => {
  it('defaults to a card reader and HID POS scanners, no USB printer', () => {
    expect(DEFAULT_DEVICES_CONFIG).toEqual({ cardReader: true, posScanners: true, scanners: [], usbPrinter: null });
  });

  it('reads scanners and a USB printer profile, and names bad fields', () => {
    const config = DevicesConfigSchema.parse({
      scanners: [{ vendorId: '0C2E', productId: '0b61' }],
      usbPrinter: { device: '0416:5011', width: 384, mode: 'tis620', codePage: 21 },
    });
    expect(config.scanners).toEqual([{ vendorId: 0x0c2e, productId: 0x0b61, mode: 'keyboard' }]);
    expect(config.usbPrinter).toMatchObject({ device: '0416:5011', width: 384, statusCheck: true, nearEnd: 'warn' });
    expect(() =>
      parseShellConfig(JSON.stringify({ devices: { usbPrinter: { device: 'epson' }, scaners: [] } }), 'k.json'),
    ).toThrow(/devices\.usbPrinter\.device: use "auto" or "VID:PID"[\s\S]*devices: Unrecognized key/);
  });
});

describe('startKioskDevices', () => {
  it('reports each missing package on its own and answers print without a printer', async () => {
    const events: DeviceEvent[] = [];
    const missing = (name: string) => async () => ({ ok: false as const, package: name, message: `${name} is not installed` });
    const host = startKioskDevices(
      { config: DEFAULT_DEVICES_CONFIG, hubUrl: HUB, log: () => undefined, emit: (e) => events.push(e) },
      { loadPcsc: missing('@pokusew/pcsclite'), loadHid: missing('node-hid') },
    );
    await expect.poll(() => host.status().length).toBe(2);
    expect(host.status()).toEqual([
      {
        kind: 'card-reader',
        state: 'missing-package',
        package: '@pokusew/pcsclite',
        message: '@pokusew/pcsclite is not installed',
      },
      { kind: 'scanner', state: 'missing-package', package: 'node-hid', message: 'node-hid is not installed' },
    ]);
    expect(events.at(-1)).toEqual({ kind: 'status', statuses: host.status() });
    expect(await host.print('ABC123')).toMatchObject({ ok: false, code: 'printer-not-configured' });
    await host.stop();
  });
});
