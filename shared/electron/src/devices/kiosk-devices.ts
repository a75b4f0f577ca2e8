// Main process (Node). The kiosk's devices as one DeviceHost: the PC/SC card watcher, the HID
// scanners and the USB printer, each started from the `devices` section of oss-shell.json and
// each able to fail alone (a missing package disables only its own device). kiosk/src/electron/
// main.ts hands this to startShell, which connects it to the renderer (device-ipc.ts).
import type { DeviceStatus, ShellDeviceKind } from '../../../src/shell-bridge.js';
import type { DevicesConfig } from './device-config.js';
import type { DeviceHost, DeviceHostContext } from './device-ipc.js';
import { startHidScanners, type HidScannerOptions } from './hid-scanners.js';
import { startPcscWatcher, type PcscWatcherOptions } from './pcsc-reader.js';
import type { Fetch } from './ticket-bytes.js';
import { startUsbPrinter, type UsbPrinterOptions } from './usb-printer.js';

/** Stand-ins for the native packages and the network, for tests. */
export interface KioskDeviceDeps {
  readonly loadPcsc?: PcscWatcherOptions['load'];
  readonly loadHid?: HidScannerOptions['load'];
  readonly loadUsb?: UsbPrinterOptions['load'];
  readonly fetch?: Fetch;
}

const ORDER: readonly ShellDeviceKind[] = ['card-reader', 'scanner', 'printer'];

export function startKioskDevices(ctx: DeviceHostContext<DevicesConfig>, deps: KioskDeviceDeps = {}): DeviceHost {
  const { config, log, emit } = ctx;
  const statuses = new Map<ShellDeviceKind, DeviceStatus>();
  const list = (): DeviceStatus[] => ORDER.flatMap((kind) => statuses.get(kind) ?? []);
  const onStatus = (status: DeviceStatus): void => {
    statuses.set(status.kind, status);
    log(`${status.kind}: ${status.state}${status.message ? ` (${status.message})` : ''}`);
    emit({ kind: 'status', statuses: list() });
  };

  const card = config.cardReader
    ? startPcscWatcher({
        onCard: (event) => emit({ kind: 'card', event }),
        onStatus,
        log,
        ...(deps.loadPcsc ? { load: deps.loadPcsc } : {}),
      })
    : undefined;
  const scanners =
    config.posScanners || config.scanners.length > 0
      ? startHidScanners({
          config,
          onScan: (event) => emit({ kind: 'scan', event }),
          onStatus,
          log,
          ...(deps.loadHid ? { load: deps.loadHid } : {}),
        })
      : undefined;
  const printer = config.usbPrinter
    ? startUsbPrinter({
        config: config.usbPrinter,
        hubUrl: ctx.hubUrl,
        fetch: deps.fetch ?? ((url, init) => fetch(url, init)),
        onStatus,
        log,
        ...(deps.loadUsb ? { load: deps.loadUsb } : {}),
      })
    : undefined;

  return {
    status: list,
    print: (trackingCode) =>
      printer
        ? printer.print(trackingCode)
        : Promise.resolve({
            ok: false,
            printer: 'none',
            code: 'printer-not-configured',
            message: 'no USB printer in oss-shell.json',
          }),
    async stop() {
      await Promise.all([card?.stop(), scanners?.stop(), printer?.stop()]);
    },
  };
}
