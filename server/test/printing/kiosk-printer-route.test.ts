// POST /api/v1/alerts/printer: a kiosk's USB printer raises (and clears) the same counter alert as
// the hub's printer, only from the office network, rate-limited, and only for the caller's kiosk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertsResponse, ErrorBody, KioskPrinterReportResponse } from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { ManualClock } from '../../src/clock.js';
import { isLanAddress, KIOSK_PRINTER_REPORTS_PER_MIN } from '../../src/http/routes/kiosk-printer.js';

let hub: TestHub;
let token: string;
const clock = new ManualClock(new Date('2026-11-25T03:00:00Z'));

beforeAll(async () => {
  hub = await startTestHub({ clock });
  token = await hub.login();
});
afterAll(() => hub.dispose());

async function report(body: unknown, remoteAddress = '10.0.0.21') {
  const res = await hub.hub.app.inject({ method: 'POST', url: '/api/v1/alerts/printer', payload: body as object, remoteAddress });
  return { status: res.statusCode, body: res.json() as unknown, retryAfter: res.headers['retry-after'] };
}

async function alerts() {
  const res = await fetch(`${hub.url}/api/v1/alerts`, { headers: { authorization: `Bearer ${token}` } });
  return AlertsResponse.parse(await res.json()).alerts;
}

describe('POST /api/v1/alerts/printer', () => {
  it('raises the counters’ printer alert for the calling kiosk, and clears it on printer-ok', async () => {
    const raised = await report({ code: 'printer-out-of-paper', printer: 'usb:0416:5011' });
    expect(raised.status).toBe(200);
    expect(KioskPrinterReportResponse.parse(raised.body)).toEqual({ reported: true });
    expect(await alerts()).toEqual([
      expect.objectContaining({
        id: 'printer:kiosk:10.0.0.21',
        kind: 'printer',
        level: 'error',
        code: 'printer-out-of-paper',
        source: 'kiosk 10.0.0.21 usb:0416:5011',
        active: true,
        at: clock.now().toISOString(),
      }),
    ]);

    // Unavailable, on a USB printer, tells staff to check the USB cable rather than the network.
    await report({ code: 'printer-unavailable', printer: 'usb:0416:5011' });
    const [unavailable] = await alerts();
    expect(unavailable?.message.th).toContain('USB');
    expect(unavailable?.message.en).toContain('USB cable');

    // Another kiosk's "ok" is about its own printer: this one's alert stays.
    expect((await report({ code: 'printer-ok', printer: 'usb' }, '10.0.0.22')).status).toBe(200);
    expect(await alerts()).toHaveLength(1);
    await report({ code: 'printer-ok', printer: 'usb:0416:5011' });
    expect(await alerts()).toEqual([]);
  });

  it('is for the office network only, and checks the body', async () => {
    const outside = await report({ code: 'printer-out-of-paper', printer: 'usb' }, '203.0.113.9');
    expect(outside.status).toBe(403);
    expect(ErrorBody.parse(outside.body).error.code).toBe('forbidden');
    for (const bad of [
      { code: 'printer-on-fire', printer: 'usb' },
      { code: 'printer-ok' },
      { code: 'printer-ok', printer: '<script>' },
    ]) {
      const res = await report(bad, '10.0.0.30');
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect(await alerts()).toEqual([]);
  });

  it('limits how often one address may report', async () => {
    const ip = '192.168.1.40';
    for (let i = 0; i < KIOSK_PRINTER_REPORTS_PER_MIN; i++) {
      expect((await report({ code: i % 2 ? 'printer-ok' : 'printer-paper-low', printer: 'usb' }, ip)).status).toBe(200);
    }
    const limited = await report({ code: 'printer-ok', printer: 'usb' }, ip);
    expect(limited.status).toBe(429);
    expect(ErrorBody.parse(limited.body).error.code).toBe('rate-limited');
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    clock.advance(60_000);
    expect((await report({ code: 'printer-ok', printer: 'usb' }, ip)).status).toBe(200);
  });
});

describe('isLanAddress', () => {
  it('knows the private, loopback and link-local ranges', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.10',
      '169.254.1.1',
      '::1',
      '::ffff:192.168.1.5',
      'fd12:3456::1',
      'fe80::1',
    ]) {
      expect(isLanAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '172.15.0.1', '192.169.0.1', '::ffff:8.8.8.8', '2001:db8::1', '']) {
      expect(isLanAddress(ip), ip).toBe(false);
    }
  });
});
