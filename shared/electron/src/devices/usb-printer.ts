// Main process (Node). The kiosk's USB ticket printer: one job at a time (a second citizen's
// ticket waits for the first), each fetching the bytes from the hub and running usb-print-job.ts.
// usb 1.x gives no dependable hot-plug events across platforms without a polling thread of its
// own, so presence is polled like the scanners (every 2 s) for the status line; a job never
// depends on it, it simply opens the printer and reports what happened.
import type { DeviceStatus, PrintResult } from '../../../src/shell-bridge.js';
import type { UsbPrinterConfig } from './device-config.js';
import { loadEscposUsb, type UsbPrinterDriver } from './escpos-usb-driver.js';
import type { Loaded } from './optional-module.js';
import { fetchTicketBytes, type Fetch } from './ticket-bytes.js';
import { runUsbPrintJob } from './usb-print-job.js';

const USB_POLL_MS = 2000;

export interface UsbPrinterOptions {
  readonly config: UsbPrinterConfig;
  readonly hubUrl: string;
  readonly fetch: Fetch;
  readonly onStatus: (status: DeviceStatus) => void;
  readonly log: (message: string) => void;
  /** Defaults to escpos-usb; tests pass a fake driver. */
  readonly load?: () => Promise<Loaded<UsbPrinterDriver>>;
  readonly pollMs?: number;
}

export interface UsbPrinter {
  print(trackingCode: string): Promise<PrintResult>;
  stop(): Promise<void>;
}

/** `usb:0416:5011`, or `usb` for the first printer found. */
function usbPrinterLabel(config: Pick<UsbPrinterConfig, 'device'>): string {
  return config.device === 'auto' ? 'usb' : `usb:${config.device.toLowerCase()}`;
}

export function startUsbPrinter(options: UsbPrinterOptions): UsbPrinter {
  const { config, log } = options;
  const printer = usbPrinterLabel(config);
  let driver: UsbPrinterDriver | undefined;
  let missing: Extract<Loaded<UsbPrinterDriver>, { ok: false }> | undefined;
  /** The last job's failure while the printer is plugged in (no permission, no answer), for staff. */
  let lastError: string | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let last = '';

  const report = (): void => {
    let status: DeviceStatus;
    if (missing)
      status = { kind: 'printer', state: 'missing-package', name: printer, package: missing.package, message: missing.message };
    else if (!driver) return;
    else {
      let present = false;
      try {
        present = driver.present();
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      status = !present
        ? { kind: 'printer', state: 'no-device', name: printer, message: 'the USB printer is not connected' }
        : lastError
          ? { kind: 'printer', state: 'error', name: printer, message: lastError }
          : { kind: 'printer', state: 'ready', name: printer };
    }
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    options.onStatus(status);
  };

  const loading = (async () => {
    const loaded = await (options.load ?? (() => loadEscposUsb(config)))();
    if (stopped) return;
    if (!loaded.ok) {
      missing = loaded;
      log(`USB printer off: ${loaded.message}`);
    } else {
      driver = loaded.module;
      timer = setInterval(report, options.pollMs ?? USB_POLL_MS);
    }
    report();
  })();

  const job = async (trackingCode: string): Promise<PrintResult> => {
    await loading;
    if (!driver) {
      return {
        ok: false,
        printer,
        code: 'printer-unavailable',
        message: missing?.message ?? 'the USB printer driver is not loaded',
      };
    }
    const bytes = await fetchTicketBytes(options.fetch, options.hubUrl, trackingCode, config);
    if (!bytes.ok) return { ok: false, printer, code: 'hub-unreachable', message: bytes.message };
    const usb = driver;
    const result = await runUsbPrintJob({ printer, open: () => usb.open(), bytes: bytes.bytes, config });
    lastError = !result.ok && result.code === 'printer-unavailable' ? result.message : undefined;
    log(
      result.ok
        ? `ticket printed on ${printer}${result.warning ? ' (paper low)' : ''}`
        : `ticket not printed on ${printer}: ${result.message}`,
    );
    report();
    return result;
  };

  return {
    print(trackingCode) {
      const result = queue.then(() => job(trackingCode));
      queue = result.catch(() => undefined);
      return result.catch((err: unknown): PrintResult => ({
        ok: false,
        printer,
        code: 'printer-unavailable',
        message: err instanceof Error ? err.message : String(err),
      }));
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await loading.catch(() => undefined);
      await queue;
    },
  };
}
