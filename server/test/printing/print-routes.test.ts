import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { io, type Socket } from 'socket.io-client';
import {
  AlertsResponse,
  DLE_EOT_PAPER,
  ErrorBody,
  TicketResponse,
  type Alert,
  type ClientEvents,
  type ServerEvents,
  type Ticket,
} from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { until } from '../../../test/support/until.js';
import { fromRgba } from '../../src/printing/bitmap.js';
import { rasterBlock } from '../../src/printing/escpos-encoder.js';
import { renderLine } from '../../src/printing/raster.js';
import { decodeQr, qrPayloads } from './escpos-bytes.js';
import { startFakePrinter, type FakePrinter } from './fake-printer.js';

const PUBLIC_URL = 'https://queue.mahasarakham.example';
const FULL_CUT = Buffer.from([0x1d, 0x56, 0x00]);

let printer: FakePrinter;
let hub: TestHub;
let bare: TestHub;
let token: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  printer = await startFakePrinter();
  [hub, bare] = await Promise.all([
    startTestHub({ printer: printer.url({ statusTimeout: '200', connectTimeout: '1000' }), publicUrl: PUBLIC_URL }),
    startTestHub(),
  ]);
  token = await hub.login();
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await Promise.all([hub.dispose(), bare.dispose(), printer.close()]);
});

async function call(on: TestHub, method: string, path: string, auth = false) {
  const res = await fetch(`${on.url}/api/v1${path}`, {
    method,
    headers: auth ? { authorization: `Bearer ${token}` } : {},
  });
  const type = res.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type,
    bytes,
    json: type.startsWith('application/json') ? (JSON.parse(bytes.toString()) as unknown) : null,
  };
}

async function take(on: TestHub = hub): Promise<Ticket> {
  const res = await fetch(`${on.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId: 1, channel: 'kiosk' }),
  });
  return TicketResponse.parse(await res.json()).ticket;
}

const printTracked = (t: Ticket, on: TestHub = hub) => call(on, 'POST', `/tickets/track/${t.trackingCode}/print`);
const errorCode = (json: unknown) => ErrorBody.parse(json).error.code;

/** A socket that records the alerts it receives. */
async function listen(role: 'counter' | 'display') {
  const socket: Socket<ServerEvents, ClientEvents> = io(hub.url, {
    auth: role === 'counter' ? { role, token } : { role },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  const alerts: Alert[] = [];
  socket.on('alert', (a) => alerts.push(a));
  await new Promise<void>((resolve) => socket.once('snapshot', () => resolve()));
  return alerts;
}

/** How long an alert may take to reach a staff screen. */
const ALERT_MS = 3000;

describe('printing from the hub', () => {
  it('prints the ticket a kiosk just took: status query, ESC @, the number, a QR to the tracker, the cut', async () => {
    const ticket = await take();
    const res = await printTracked(ticket);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ printed: true });
    const [job] = (await printer.waitForJobs(1)).slice(-1);
    expect(job!.subarray(0, 5)).toEqual(Buffer.concat([DLE_EOT_PAPER, Buffer.from([0x1b, 0x40])]));
    expect(job!.subarray(-3)).toEqual(FULL_CUT);
    expect(qrPayloads(job!)).toEqual([`${PUBLIC_URL}/t/${ticket.trackingCode}`]);
    const numberBlock = rasterBlock(renderLine({ kind: 'number', text: ticket.number }, 576)!);
    expect(job!.includes(numberBlock)).toBe(true);
  });

  it('lets the kiosk print a ticket three times; staff can always reprint', async () => {
    const ticket = await take();
    for (let i = 0; i < 3; i++) expect((await printTracked(ticket)).status).toBe(200);
    const fourth = await printTracked(ticket);
    expect(fourth.status).toBe(429);
    expect(errorCode(fourth.json)).toBe('rate-limited');
    expect((await call(hub, 'POST', `/tickets/${ticket.id}/print`)).status).toBe(401);
    const reprint = await call(hub, 'POST', `/tickets/${ticket.id}/print`, true);
    expect(reprint.status).toBe(200);
    expect((await call(hub, 'POST', '/tickets/999999/print', true)).status).toBe(404);
    expect((await call(hub, 'POST', '/tickets/track/NOSUCHCODE/print')).status).toBe(404);
  });

  it('refuses to print with the paper out: 409, nothing printed, an alert to staff screens only', async () => {
    const staffAlerts = await listen('counter');
    const publicAlerts = await listen('display');
    const ticket = await take();
    printer.paper = 'out';
    const jobsBefore = printer.jobs.length;
    const res = await printTracked(ticket);
    expect(res.status).toBe(409);
    const { error } = ErrorBody.parse(res.json);
    expect(error.code).toBe('printer-out-of-paper');
    expect(error.message).toMatch(/กระดาษหมด.*out of paper/);
    const [job] = (await printer.waitForJobs(jobsBefore + 1)).slice(jobsBefore);
    expect(job).toEqual(Buffer.from(DLE_EOT_PAPER));

    await until(() => staffAlerts.length === 1, 'the out-of-paper alert', ALERT_MS);
    expect(staffAlerts[0]).toMatchObject({
      kind: 'printer',
      code: 'printer-out-of-paper',
      level: 'error',
      active: true,
      id: 'printer:hub',
    });
    expect(staffAlerts[0]!.message.th).toMatch(/กระดาษหมด/);
    const listed = await call(hub, 'GET', '/alerts', true);
    expect(AlertsResponse.parse(listed.json).alerts.map((a) => a.code)).toEqual(['printer-out-of-paper']);
    expect((await call(hub, 'GET', '/alerts')).status).toBe(401);

    // A counter that connects later learns it on connect; the TV never hears of it.
    const lateAlerts = await listen('counter');
    await until(() => lateAlerts.length === 1, 'the alert on connect', ALERT_MS);
    expect(lateAlerts[0]!.code).toBe('printer-out-of-paper');
    expect(publicAlerts).toEqual([]);
  });

  it('answers 409 printer-unavailable when the printer is off, and the alert says so', async () => {
    const staffAlerts = await listen('counter');
    await until(() => staffAlerts.length === 1, 'the out-of-paper alert on connect', ALERT_MS);
    await printer.setOnline(false);
    const res = await printTracked(await take());
    expect(res.status).toBe(409);
    expect(errorCode(res.json)).toBe('printer-unavailable');
    await until(() => staffAlerts.length === 2, 'the printer-unavailable alert', ALERT_MS);
    expect(staffAlerts[1]).toMatchObject({ code: 'printer-unavailable', active: true });
  });

  it('clears the alert when a print works again', async () => {
    const staffAlerts = await listen('counter');
    await until(() => staffAlerts.length === 1, 'the active alert, on connect', ALERT_MS);
    await printer.setOnline(true);
    printer.paper = 'ok';
    expect((await printTracked(await take())).status).toBe(200);
    await until(() => staffAlerts.length === 2, 'the printer-ok alert', ALERT_MS);
    expect(staffAlerts[1]).toMatchObject({ code: 'printer-ok', active: false, level: 'info', id: 'printer:hub' });
    expect(AlertsResponse.parse((await call(hub, 'GET', '/alerts', true)).json).alerts).toEqual([]);
  });

  it('serves the same ticket as a PNG for the kiosk screen, with a working QR', async () => {
    const ticket = await take();
    for (const width of [576, 384]) {
      const res = await call(hub, 'GET', `/tickets/track/${ticket.trackingCode}/ticket.png?width=${width}`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('image/png');
      const png = PNG.sync.read(res.bytes);
      expect(png.width).toBe(width);
      expect(decodeQr(fromRgba(png.data, png.width, png.height))).toBe(`${PUBLIC_URL}/t/${ticket.trackingCode}`);
    }
    expect((await call(hub, 'GET', '/tickets/track/NOSUCHCODE/ticket.png')).status).toBe(404);
    expect((await call(hub, 'GET', `/tickets/track/${ticket.trackingCode}/ticket.png?width=500`)).status).toBe(400);
  });

  it('gives a kiosk shell the ESC/POS bytes for its own (USB) printer', async () => {
    const ticket = await take();
    const res = await call(hub, 'GET', `/tickets/track/${ticket.trackingCode}/ticket.escpos?mode=tis620&width=384&codepage=26`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/octet-stream');
    expect(res.bytes.subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x40, 0x1b, 0x74, 26]));
    expect(res.bytes.includes(Buffer.from(ticket.number))).toBe(true);
    expect(qrPayloads(res.bytes)).toEqual([`${PUBLIC_URL}/t/${ticket.trackingCode}`]);
  });

  it('lists the printing calls in the OpenAPI document', async () => {
    const res = await call(hub, 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys((res.json as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/tickets/track/{trackingCode}/print', '/api/v1/tickets/{id}/print', '/api/v1/alerts']),
    );
  });
});

describe('a hub without a printer', () => {
  it('answers 409 printer-not-configured and raises no alert', async () => {
    const res = await printTracked(await take(bare), bare);
    expect(res.status).toBe(409);
    expect(errorCode(res.json)).toBe('printer-not-configured');
    const adminToken = await bare.login();
    const alerts = await fetch(`${bare.url}/api/v1/alerts`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(AlertsResponse.parse(await alerts.json()).alerts).toEqual([]);
  });

  it('links the QR to the address the kiosk reached the hub at when OSS_PUBLIC_URL is unset', async () => {
    const ticket = await take(bare);
    const res = await call(bare, 'GET', `/tickets/track/${ticket.trackingCode}/ticket.png`);
    const png = PNG.sync.read(res.bytes);
    expect(decodeQr(fromRgba(png.data, png.width, png.height))).toBe(`${bare.url}/t/${ticket.trackingCode}`);
  });
});
