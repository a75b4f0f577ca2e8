// The USB ticket printer without USB: the job logic on a fake port, the port on a fake escpos-usb
// adapter with fake endpoints (the USB device object), and the printer service on a fake driver
// and a fake hub.
import { describe, expect, it } from 'vitest';
import { UsbPrinterConfigSchema } from '../../src/devices/device-config.js';
import { usbPortOf, type EscposUsbAdapter, type UsbEndpoint } from '../../src/devices/escpos-usb-driver.js';
import { ticketBytesUrl, type Fetch } from '../../src/devices/ticket-bytes.js';
import { runUsbPrintJob, type UsbPrinterPort } from '../../src/devices/usb-print-job.js';
import { startUsbPrinter } from '../../src/devices/usb-printer.js';
import type { DeviceStatus } from '../../../src/shell-bridge.js';

const config = UsbPrinterConfigSchema.parse({ device: '0416:5011', statusTimeoutMs: 100 });
const TICKET = Uint8Array.from([0x1b, 0x40, 0x41, 0x30, 0x30, 0x31, 0x1d, 0x56, 0x00]);
const DLE_EOT_4 = [0x10, 0x04, 0x04];

/** A printer on the other end of a port: answers DLE EOT 4 with `status` (or nothing), keeps writes. */
function fakePort(options: { status?: number; noIn?: boolean; failWrite?: boolean; stale?: number[] } = {}) {
  const written: number[][] = [];
  let pendingStatus = false;
  let closed = 0;
  const port: UsbPrinterPort = {
    async write(bytes) {
      if (options.failWrite && bytes.length > 3) throw new Error('LIBUSB_ERROR_PIPE');
      written.push([...bytes]);
      if ([...bytes].join() === DLE_EOT_4.join()) pendingStatus = true;
    },
    async close() {
      closed++;
    },
  };
  if (!options.noIn) {
    port.read = async (_max, timeoutMs) => {
      if (!pendingStatus || options.status === undefined) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(timeoutMs, 20)));
        throw new Error('LIBUSB_TRANSFER_TIMED_OUT');
      }
      pendingStatus = false;
      return Uint8Array.from([...(options.stale ?? []), options.status]);
    };
  }
  return { port, written, closed: () => closed };
}

const job = (port: UsbPrinterPort, overrides: Partial<typeof config> = {}) =>
  runUsbPrintJob({ printer: 'usb:0416:5011', open: async () => port, bytes: TICKET, config: { ...config, ...overrides } });

describe('runUsbPrintJob', () => {
  it('checks the paper first, then writes the ticket, then lets go of the printer', async () => {
    const p = fakePort({ status: 0x12 });
    expect(await job(p.port)).toEqual({ ok: true, printer: 'usb:0416:5011' });
    expect(p.written).toEqual([DLE_EOT_4, [...TICKET]]);
    expect(p.closed()).toBe(1);
  });

  it('refuses an empty roll without sending the ticket (printer-out-of-paper)', async () => {
    const p = fakePort({ status: 0x72 });
    expect(await job(p.port)).toMatchObject({ ok: false, code: 'printer-out-of-paper' });
    expect(p.written).toEqual([DLE_EOT_4]);
    expect(p.closed()).toBe(1);
  });

  it('prints with a warning when the roll is nearly out, or refuses when told to', async () => {
    expect(await job(fakePort({ status: 0x1e }).port)).toEqual({
      ok: true,
      printer: 'usb:0416:5011',
      warning: 'printer-paper-low',
    });
    expect(await job(fakePort({ status: 0x1e }).port, { nearEnd: 'refuse' })).toMatchObject({ code: 'printer-out-of-paper' });
  });

  it('finds the status byte after stale bytes, and treats silence as printer-unavailable', async () => {
    expect(await job(fakePort({ status: 0x12, stale: [0x00, 0x41] }).port)).toMatchObject({ ok: true });
    const silent = fakePort({});
    expect(await job(silent.port)).toMatchObject({
      ok: false,
      code: 'printer-unavailable',
      message: expect.stringMatching(/paper status/),
    });
    expect(silent.closed()).toBe(1);
  });

  it('skips the check when the printer cannot answer or the profile turns it off', async () => {
    const noIn = fakePort({ noIn: true });
    expect(await job(noIn.port)).toMatchObject({ ok: true });
    expect(noIn.written).toEqual([[...TICKET]]);
    const off = fakePort({ status: 0x72 });
    expect(await job(off.port, { statusCheck: false })).toMatchObject({ ok: true });
  });

  it('maps a missing device, a permission problem and a failed write to printer-unavailable', async () => {
    const missing = await runUsbPrintJob({
      printer: 'usb',
      open: async () => {
        throw new Error('Can not find printer');
      },
      bytes: TICKET,
      config,
    });
    expect(missing).toMatchObject({ ok: false, code: 'printer-unavailable', message: expect.stringMatching(/unplugged/) });
    const denied = await runUsbPrintJob({
      printer: 'usb',
      open: async () => {
        throw new Error('LIBUSB_ERROR_ACCESS');
      },
      bytes: TICKET,
      config,
    });
    expect(denied).toMatchObject({ code: 'printer-unavailable', message: expect.stringMatching(/udev rule/) });
    const broken = fakePort({ status: 0x12, failWrite: true });
    expect(await job(broken.port)).toMatchObject({
      code: 'printer-unavailable',
      message: expect.stringMatching(/LIBUSB_ERROR_PIPE/),
    });
    expect(broken.closed()).toBe(1);
  });
});

/** A USB device object as usb 1.x gives it: interfaces with bulk endpoints that transfer by callback. */
function fakeUsbDevice(answer: number[] | null) {
  const out: Buffer[] = [];
  const outEndpoint: UsbEndpoint = {
    direction: 'out',
    timeout: 0,
    transfer: (data, cb) => {
      if (Buffer.isBuffer(data)) out.push(data);
      setImmediate(() => cb(undefined));
    },
  };
  const inEndpoint: UsbEndpoint = {
    direction: 'in',
    timeout: 0,
    transfer: (length, cb) => {
      if (typeof length !== 'number') throw new Error('an IN transfer takes a length');
      setImmediate(() =>
        answer ? cb(undefined, Buffer.from(answer.slice(0, length))) : cb(new Error('LIBUSB_TRANSFER_TIMED_OUT')),
      );
    },
  };
  let closed = false;
  const adapter: EscposUsbAdapter = {
    device: { interfaces: [{ endpoints: [inEndpoint, outEndpoint] }] },
    endpoint: outEndpoint,
    open: (cb) => cb(undefined),
    write: (data, cb) => outEndpoint.transfer(data, cb),
    close: (cb) => {
      closed = true;
      cb(undefined);
    },
  };
  return { adapter, out, inEndpoint, outEndpoint, closed: () => closed };
}

describe('the port over escpos-usb', () => {
  it('writes on the OUT endpoint and reads the status on the IN endpoint, with the job’s timeouts', async () => {
    const usb = fakeUsbDevice([0x12]);
    const result = await runUsbPrintJob({ printer: 'usb', open: async () => usbPortOf(usb.adapter), bytes: TICKET, config });
    expect(result).toEqual({ ok: true, printer: 'usb' });
    expect(usb.out.map((b) => [...b])).toEqual([DLE_EOT_4, [...TICKET]]);
    expect(usb.inEndpoint.timeout).toBe(100);
    expect(usb.outEndpoint.timeout).toBe(config.writeTimeoutMs);
    expect(usb.closed()).toBe(true);
  });

  it('has no read when the printer has no IN endpoint', () => {
    const usb = fakeUsbDevice(null);
    const adapter = { ...usb.adapter, device: { interfaces: [{ endpoints: [usb.outEndpoint] }] } };
    expect(usbPortOf(adapter).read).toBeUndefined();
  });
});

describe('startUsbPrinter', () => {
  function hub(status = 200) {
    const urls: string[] = [];
    const fetch: Fetch = async (url) => {
      urls.push(url);
      return new Response(status === 200 ? TICKET : '{"error":{}}', { status });
    };
    return { fetch, urls };
  }

  it('fetches the ticket for its profile from the hub and prints one job at a time', async () => {
    const h = hub();
    const statuses: DeviceStatus[] = [];
    let open = 0;
    let maxOpen = 0;
    const written: number[][] = [];
    const printer = startUsbPrinter({
      config,
      hubUrl: 'http://10.0.0.5:8080',
      fetch: h.fetch,
      onStatus: (s) => statuses.push(s),
      log: () => undefined,
      load: async () => ({
        ok: true,
        module: {
          present: () => true,
          open: async () => {
            maxOpen = Math.max(maxOpen, ++open);
            const p = fakePort({ noIn: true });
            return {
              write: async (b: Uint8Array) => {
                await new Promise((resolve) => setTimeout(resolve, 10));
                written.push([...b]);
              },
              close: async () => {
                open--;
                await p.port.close();
              },
            };
          },
        },
      }),
    });
    const results = await Promise.all([printer.print('ABC123'), printer.print('DEF456')]);
    expect(results).toEqual([
      { ok: true, printer: 'usb:0416:5011' },
      { ok: true, printer: 'usb:0416:5011' },
    ]);
    expect(maxOpen).toBe(1);
    expect(written).toHaveLength(2);
    expect(h.urls[0]).toBe('http://10.0.0.5:8080/api/v1/tickets/track/ABC123/ticket.escpos?width=576&mode=raster');
    expect(statuses.at(-1)).toEqual({ kind: 'printer', state: 'ready', name: 'usb:0416:5011' });
    await printer.stop();
  });

  it('says hub-unreachable when the bytes cannot be fetched, and reports a missing package', async () => {
    const printer = startUsbPrinter({
      config,
      hubUrl: 'http://hub',
      fetch: hub(404).fetch,
      onStatus: () => undefined,
      log: () => undefined,
      load: async () => ({ ok: true, module: { present: () => false, open: async () => fakePort().port } }),
    });
    expect(await printer.print('ABC123')).toMatchObject({
      ok: false,
      code: 'hub-unreachable',
      message: expect.stringMatching(/404/),
    });
    await printer.stop();

    const statuses: DeviceStatus[] = [];
    const missing = startUsbPrinter({
      config,
      hubUrl: 'http://hub',
      fetch: hub().fetch,
      onStatus: (s) => statuses.push(s),
      log: () => undefined,
      load: async () => ({ ok: false, package: 'escpos-usb', message: 'escpos-usb is not installed' }),
    });
    expect(await missing.print('ABC123')).toMatchObject({
      ok: false,
      code: 'printer-unavailable',
      message: 'escpos-usb is not installed',
    });
    expect(statuses).toEqual([
      {
        kind: 'printer',
        state: 'missing-package',
        name: 'usb:0416:5011',
        package: 'escpos-usb',
        message: 'escpos-usb is not installed',
      },
    ]);
    await missing.stop();
  });

  it('asks the hub for the profile’s width, mode and code page', () => {
    const tis = UsbPrinterConfigSchema.parse({ width: 384, mode: 'tis620', codePage: 26 });
    expect(ticketBytesUrl('http://hub/queue', 'Ab12Cd34', tis)).toBe(
      'http://hub/queue/api/v1/tickets/track/Ab12Cd34/ticket.escpos?width=384&mode=tis620&codepage=26',
    );
  });
});
