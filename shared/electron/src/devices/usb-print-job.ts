// Main process (pure logic over a port). One ticket on the kiosk's USB printer, with the same
// outcome codes as the hub's network printer (docs/printing.md): check the paper with DLE EOT 4
// where the printer can answer, refuse an empty roll without sending the ticket, write the bytes,
// and always let go of the device. usb-printer.ts supplies the port over escpos-usb; the tests a
// fake one.
import { DLE_EOT_PAPER, lastStatusByte, paperState } from '@oss/shared';
import type { PrintResult } from '../../../src/shell-bridge.js';
import type { UsbPrinterConfig } from './device-config.js';

/** An opened, claimed USB printer. */
export interface UsbPrinterPort {
  /** Bulk OUT; rejects on a USB error or when the printer does not take the bytes in time. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<void>;
  /** Bulk IN, present only when the printer has an IN endpoint to answer status requests on. */
  read?: (maxLength: number, timeoutMs: number) => Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface UsbPrintJob {
  /** How staff know the printer: `usb:0416:5011`. */
  readonly printer: string;
  readonly open: () => Promise<UsbPrinterPort>;
  readonly bytes: Uint8Array;
  readonly config: Pick<UsbPrinterConfig, 'statusCheck' | 'nearEnd' | 'statusTimeoutMs' | 'writeTimeoutMs'>;
}

const fail = (printer: string, code: 'printer-out-of-paper' | 'printer-unavailable', message: string): PrintResult => ({
  ok: false,
  printer,
  code,
  message,
});

export async function runUsbPrintJob(job: UsbPrintJob): Promise<PrintResult> {
  const { printer, config } = job;
  let port: UsbPrinterPort;
  try {
    port = await job.open();
  } catch (err) {
    return fail(printer, 'printer-unavailable', `cannot open the USB printer: ${explainUsbError(err)}`);
  }
  try {
    let warning: 'printer-paper-low' | undefined;
    if (config.statusCheck && port.read) {
      let answer: Uint8Array;
      try {
        await port.write(DLE_EOT_PAPER, config.statusTimeoutMs);
        answer = await port.read(64, config.statusTimeoutMs);
      } catch (err) {
        return fail(printer, 'printer-unavailable', `no paper status from the printer: ${explainUsbError(err)}`);
      }
      const status = lastStatusByte(answer);
      if (status === undefined) {
        return fail(
          printer,
          'printer-unavailable',
          'the printer did not answer the paper status (set statusCheck: false if it never does)',
        );
      }
      const paper = paperState(status);
      if (paper === 'out' || (paper === 'near-end' && config.nearEnd === 'refuse')) {
        return fail(printer, 'printer-out-of-paper', 'the printer is out of paper');
      }
      if (paper === 'near-end') warning = 'printer-paper-low';
    }
    try {
      await port.write(job.bytes, config.writeTimeoutMs);
    } catch (err) {
      return fail(printer, 'printer-unavailable', `the printer did not take the ticket: ${explainUsbError(err)}`);
    }
    return warning ? { ok: true, printer, warning } : { ok: true, printer };
  } finally {
    await port.close().catch(() => undefined);
  }
}

/** libusb's error names, in words a technician can act on. */
function explainUsbError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/LIBUSB_ERROR_ACCESS/.test(text)) return `${text} (no permission: install the udev rule from docs/electron-shells.md)`;
  if (/LIBUSB_ERROR_BUSY/.test(text)) return `${text} (another program holds the printer)`;
  if (/LIBUSB_ERROR_(NO_DEVICE|NOT_FOUND)|Can not find printer/i.test(text)) return `${text} (unplugged or switched off)`;
  if (/LIBUSB_ERROR_TIMEOUT|timed out/i.test(text)) return `${text} (the printer did not respond)`;
  return text;
}
