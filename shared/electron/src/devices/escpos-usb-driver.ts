// Main process (Node). The USB printer through escpos-usb (which finds and claims the printer and
// its OUT endpoint) on `usb` 1.x (pinned: escpos-usb does not work with usb 2). Both are optional
// and untyped: loaded by name (optional-module.ts) and checked by shape before use. The status read uses
// the printer's bulk IN endpoint, which escpos-usb claims but does not expose as an API.
import type { UsbPrinterConfig } from './device-config.js';
import { commonJsExports, loadOptional, type Loaded } from './optional-module.js';
import type { UsbPrinterPort } from './usb-print-job.js';

const USB_PACKAGE = 'usb';
const ESCPOS_USB_PACKAGE = 'escpos-usb';
const OPEN_TIMEOUT_MS = 3000;

/** What usb-printer.ts needs from a driver: is the printer there, and an opened port. */
export interface UsbPrinterDriver {
  present(): boolean;
  open(): Promise<UsbPrinterPort>;
}

export interface UsbEndpoint {
  readonly direction: string;
  timeout: number;
  transfer(lengthOrData: number | Buffer, callback: (err: unknown, data?: Buffer) => void): void;
}
interface UsbDevice {
  readonly interfaces?: readonly { readonly endpoints: readonly UsbEndpoint[] }[];
}
interface UsbModule {
  findByIds(vendorId: number, productId: number): UsbDevice | undefined;
}
export interface EscposUsbAdapter {
  readonly device: UsbDevice | null;
  readonly endpoint?: UsbEndpoint;
  open(callback: (err: unknown) => void): unknown;
  write(data: Buffer, callback: (err: unknown) => void): unknown;
  close(callback: (err: unknown) => void): unknown;
}
interface EscposUsbConstructor {
  new (vendorId?: number, productId?: number): EscposUsbAdapter;
  findPrinter(): readonly UsbDevice[];
}

const isUsbModule = (m: unknown): m is UsbModule =>
  typeof m === 'object' && m !== null && 'findByIds' in m && typeof m.findByIds === 'function';
const isEscposUsb = (m: unknown): m is EscposUsbConstructor =>
  typeof m === 'function' && 'findPrinter' in m && typeof m.findPrinter === 'function';

function settle<T>(run: (done: (err: unknown, value?: T) => void) => void, ms: number, what: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    run((err, value) => {
      clearTimeout(timer);
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(value);
    });
  });
}

/** The port over an opened escpos-usb adapter (exported for the tests' fake USB device). */
export function usbPortOf(adapter: EscposUsbAdapter): UsbPrinterPort {
  const input = adapter.device?.interfaces?.flatMap((i) => i.endpoints).find((e) => e.direction === 'in');
  const port: UsbPrinterPort = {
    async write(bytes, timeoutMs) {
      if (adapter.endpoint) adapter.endpoint.timeout = timeoutMs;
      await settle((done) => adapter.write(Buffer.from(bytes), done), timeoutMs + 1000, 'USB write');
    },
    async close() {
      await settle((done) => adapter.close(done), OPEN_TIMEOUT_MS, 'USB close');
    },
  };
  if (input) {
    port.read = async (maxLength, timeoutMs) => {
      input.timeout = timeoutMs;
      const data = await settle<Buffer>((done) => input.transfer(maxLength, done), timeoutMs + 1000, 'USB status read');
      return new Uint8Array(data ?? []);
    };
  }
  return port;
}

export async function loadEscposUsb(config: Pick<UsbPrinterConfig, 'device'>): Promise<Loaded<UsbPrinterDriver>> {
  const usb = await loadOptional(USB_PACKAGE);
  if (!usb.ok) return usb;
  const escpos = await loadOptional(ESCPOS_USB_PACKAGE);
  if (!escpos.ok) return escpos;
  const usbModule = commonJsExports(usb.module);
  const Adapter = commonJsExports(escpos.module);
  if (!isUsbModule(usbModule))
    return { ok: false, package: USB_PACKAGE, message: 'usb has an unexpected shape (pin usb to 1.x)' };
  if (!isEscposUsb(Adapter)) return { ok: false, package: ESCPOS_USB_PACKAGE, message: 'escpos-usb has an unexpected shape' };
  const ids = config.device === 'auto' ? null : config.device.split(':').map((h) => parseInt(h, 16));
  const [vendorId, productId] = ids ?? [];
  return {
    ok: true,
    module: {
      present: () =>
        vendorId !== undefined && productId !== undefined
          ? usbModule.findByIds(vendorId, productId) !== undefined
          : Adapter.findPrinter().length > 0,
      async open() {
        // The constructor throws "Can not find printer" when it is not plugged in.
        const adapter = vendorId !== undefined && productId !== undefined ? new Adapter(vendorId, productId) : new Adapter();
        try {
          await settle((done) => adapter.open(done), OPEN_TIMEOUT_MS, 'USB open');
        } catch (err) {
          // Let go of whatever escpos-usb got hold of before it failed (the device, its listener).
          try {
            adapter.close(() => undefined);
          } catch {
            // nothing was open
          }
          throw err;
        }
        return usbPortOf(adapter);
      },
    },
  };
}
