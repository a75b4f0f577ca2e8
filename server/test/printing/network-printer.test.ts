import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DLE_EOT_PAPER } from '@oss/shared';
import { ConfigError } from '../../src/config.js';
import { PrinterError, printOverTcp } from '../../src/printing/network-printer.js';
import { parsePrinterUrl } from '../../src/printing/printer-config.js';
import { deadPort, startFakePrinter, type FakePrinter } from './fake-printer.js';

const JOB = Buffer.from([0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x00]);

let printer: FakePrinter;
beforeAll(async () => {
  printer = await startFakePrinter();
});
afterAll(() => printer.close());

async function printWith(paper: FakePrinter['paper'], params: Record<string, string> = {}) {
  printer.paper = paper;
  const before = printer.jobs.length;
  const result = await printOverTcp(parsePrinterUrl(printer.url({ statusTimeout: '150', ...params })), JOB).then(
    (outcome) => ({ outcome, error: null }),
    (error: unknown) => ({ outcome: null, error: error as PrinterError }),
  );
  const [received] = (await printer.waitForJobs(before + 1)).slice(before);
  return { ...result, received: received! };
}

describe('network printer', () => {
  it('asks for the paper status, then sends the job', async () => {
    const { outcome, received } = await printWith('ok');
    expect(outcome).toEqual({ paper: 'ok' });
    expect(received).toEqual(Buffer.concat([DLE_EOT_PAPER, JOB]));
  });

  it('refuses to print with the paper out: nothing but the status query reaches the printer', async () => {
    const { error, received } = await printWith('out');
    expect(error).toBeInstanceOf(PrinterError);
    expect(error?.code).toBe('printer-out-of-paper');
    expect(received).toEqual(Buffer.from(DLE_EOT_PAPER));
  });

  it('prints with the paper near its end, and says so', async () => {
    const { outcome, received } = await printWith('near-end');
    expect(outcome).toEqual({ paper: 'near-end' });
    expect(received.subarray(3)).toEqual(JOB);
  });

  it('refuses near the end when the profile says so', async () => {
    const { error, received } = await printWith('near-end', { nearEnd: 'refuse' });
    expect(error?.code).toBe('printer-out-of-paper');
    expect(received).toEqual(Buffer.from(DLE_EOT_PAPER));
  });

  it('treats a printer that does not answer the status as unavailable', async () => {
    const { error, received } = await printWith('silent');
    expect(error?.code).toBe('printer-unavailable');
    expect(error?.detail).toMatch(/no paper status/);
    expect(received).toEqual(Buffer.from(DLE_EOT_PAPER));
  });

  it('prints without asking when the profile turns the status check off', async () => {
    const { outcome, received } = await printWith('silent', { status: 'off' });
    expect(outcome).toEqual({ paper: 'unknown' });
    expect(received).toEqual(JOB);
  });

  it('reports a printer that is off (connection refused) as unavailable', async () => {
    const target = parsePrinterUrl(`tcp://127.0.0.1:${await deadPort()}`);
    await expect(printOverTcp(target, JOB)).rejects.toMatchObject({ code: 'printer-unavailable' });
  });
});

describe('OSS_PRINTER', () => {
  it('defaults to port 9100, 80 mm raster, status check on', () => {
    const t = parsePrinterUrl('tcp://10.0.0.50');
    expect(t).toMatchObject({ host: '10.0.0.50', port: 9100, label: 'tcp://10.0.0.50:9100', id: 'printer:hub' });
    expect(t.profile).toEqual({ width: 576, mode: 'raster', codePage: 21, statusCheck: true, nearEnd: 'warn' });
  });

  it('takes the profile from the query', () => {
    const t = parsePrinterUrl('tcp://printer.local:9101?width=384&mode=tis620&codepage=26&status=off&connectTimeout=500');
    expect(t.port).toBe(9101);
    expect(t.profile).toEqual({ width: 384, mode: 'tis620', codePage: 26, statusCheck: false, nearEnd: 'warn' });
    expect(t.timeouts.connectMs).toBe(500);
  });

  it('refuses what it cannot use, at start-up', () => {
    for (const bad of ['10.0.0.50:9100', 'http://10.0.0.50', 'tcp://10.0.0.50?width=500', 'tcp://10.0.0.50?mode=utf8']) {
      expect(() => parsePrinterUrl(bad), bad).toThrow(ConfigError);
    }
  });
});
