// docs/design.md §3.7: the TV display and every public endpoint carry ticket numbers and counter names only.
// A busy morning with every kind of ticket, a named clerk signed in at a counter and (when the
// portal is there) a registered citizen's request turned into a ticket; then every public payload
// — the display and kiosk sockets' snapshots and events, and the public GET endpoints — is scanned
// for tracking codes, priorities, staff and citizen names, citizen IDs, phones and e-mails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  DevicePairingResponse,
  DevicePairResponse,
  RequestResponse,
  TermsResponse,
  TicketResponse,
  type Ticket,
} from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { loadOperations } from './openapi.js';
import { until } from '../../../test/support/until.js';
import { call, type Answer } from './support.js';

let hub: TestHub;
let token: string;
const sockets: Socket[] = [];
const tickets: Ticket[] = [];
/** Strings that must never reach a public payload. */
const secrets = new Set<string>();
const FORBIDDEN_KEYS = ['trackingCode', 'priority', 'displayName', 'username', 'citizenId', 'phone', 'email', 'address', 'staff'];

/** A valid Thai citizen ID (check digit per the Thai rule), distinctive enough to search for. */
function citizenId(base12: string): string {
  const sum = [...base12].reduce((s, d, i) => s + Number(d) * (13 - i), 0);
  return `${base12}${(11 - (sum % 11)) % 10}`;
}

const api = (path: string, c: Parameters<typeof call>[2] = {}) => call(hub.url, `/api/v1${path}`, c);

function listen(role: 'display' | 'kiosk'): { socket: Socket; payloads: unknown[] } {
  const socket = io(hub.url, { auth: { role }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  const payloads: unknown[] = [];
  socket.onAny((_event, payload: unknown) => payloads.push(payload));
  return { socket, payloads };
}

/** Registers a citizen and turns a request into a ticket, if the portal is part of this hub. */
async function citizenTicket(): Promise<void> {
  const routes = (await loadOperations(hub.url)).map((o) => o.key);
  if (!routes.includes('POST /citizens/register') || !routes.includes('POST /requests/{id}/ticket')) return;
  const { terms } = TermsResponse.parse((await api('/citizens/terms')).json);
  const profile = {
    name: 'มานี มีนามสกุลยาว',
    phone: '081-234-5678',
    email: 'manee.private@example.com',
    address: '99 ถนนนครสวรรค์ ตำบลตลาด',
    citizenId: citizenId('110170023070'),
  };
  const reg = await api('/citizens/register', {
    body: {
      ...profile,
      hidePersonal: false,
      username: 'manee',
      password: 'manee-password',
      termsVersion: terms.version,
      acceptTerms: true,
    },
  });
  expect(reg.status, reg.text).toBe(201);
  for (const v of Object.values(profile)) secrets.add(v);
  secrets.add(profile.citizenId.slice(0, 9));
  const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0]!;
  const headers = { cookie };
  const created = await api('/requests', {
    body: { serviceId: 2, subject: 'ขอคัดสำเนาทะเบียนบ้าน', details: 'รายละเอียดส่วนตัว', contact: 'phone' },
    headers,
  });
  expect(created.status, created.text).toBe(201);
  const { id } = RequestResponse.parse(created.json).request;
  expect((await api(`/requests/${id}/submit`, { method: 'POST', headers })).status).toBe(200);
  const t = await api(`/requests/${id}/ticket`, { method: 'POST', headers });
  expect(t.status, t.text).toBeLessThan(300);
  secrets.add('รายละเอียดส่วนตัว');
}

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.login();
  const clerk = { username: 'somsri.clerk', displayName: 'สมศรี ใจดีมาก', role: 'staff', password: 'somsri-password' };
  expect((await api('/admin/users', { body: clerk, token })).status).toBe(201);
  secrets.add(clerk.username);
  secrets.add(clerk.displayName);
  const clerkToken = await hub.login(clerk.username, clerk.password);
  expect((await api('/counters/1/sign-in', { body: {}, token: clerkToken })).status).toBe(200);
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await hub.dispose();
});

describe('public payloads', () => {
  it('carry ticket numbers and counter names, never personal fields', async () => {
    const display = listen('display');
    const kiosk = listen('kiosk');
    await until(() => display.payloads.length > 0 && kiosk.payloads.length > 0, 'snapshots', 5000);

    for (const [serviceId, priority] of [
      [1, 'elderly'],
      [1, 'disabled'],
      [2, 'pregnant'],
      [3, 'monk'],
      [1, 'none'],
    ] as const) {
      const a = await api('/tickets', { body: { serviceId, priority, channel: 'kiosk' } });
      tickets.push(TicketResponse.parse(a.json).ticket);
    }
    await citizenTicket();
    const clerkToken = await hub.login('somsri.clerk', 'somsri-password');
    const next = await api('/counters/1/call-next', { method: 'POST', token: clerkToken });
    const called = TicketResponse.parse(next.json).ticket;
    await api(`/tickets/${called.id}/start`, { method: 'POST', token: clerkToken });
    await api(`/tickets/${tickets[2]!.id}/transfer`, { body: { serviceId: 1, note: 'ส่งต่อ นางสาวมานี' }, token });
    await api(`/tickets/${tickets[3]!.id}/cancel`, { method: 'POST', token });
    for (const t of tickets) secrets.add(t.trackingCode);
    await until(() => display.payloads.length >= 6, 'events on the display', 5000);

    const publicAnswers: Array<[string, Answer]> = [];
    for (const path of [
      '/health',
      '/services',
      '/counters',
      '/terms/current',
      '/voice-sets',
      '/citizens/portal-info',
      '/bookings/slots?serviceId=1',
    ]) {
      publicAnswers.push([path, await api(path)]);
    }
    // A citizen's tracker shows their own ticket, and of others only numbers and counters.
    const own = tickets[4]!;
    const track = await api(`/tickets/track/${own.trackingCode}`);
    expect(track.status).toBe(200);
    // The raw answer, not parsed: a schema would drop the very fields this scan looks for.
    const { nowServing, ...rest } = track.json as { nowServing: unknown; ticket: Ticket };
    publicAnswers.push(['track: nowServing', { ...track, text: JSON.stringify(nowServing) }]);
    expect(JSON.stringify(rest)).not.toContain(tickets[0]!.trackingCode);

    const scanned: Array<[string, string]> = [
      ['display socket', JSON.stringify(display.payloads)],
      ['kiosk socket', JSON.stringify(kiosk.payloads)],
      ...publicAnswers.map(([p, a]) => [p, a.text] as [string, string]),
    ];
    for (const [where, text] of scanned) {
      for (const key of FORBIDDEN_KEYS) expect(text, `${where} has "${key}"`).not.toContain(`"${key}"`);
      for (const s of secrets) expect(text, `${where} carries "${s}"`).not.toContain(s);
      expect(text, `${where} has a 13-digit number`).not.toMatch(/\b\d{13}\b/);
    }
    // The sockets did see the morning: numbers and the counter's name.
    const shown = JSON.stringify(display.payloads);
    expect(shown).toContain(called.number);
    expect(shown).toContain('ช่องบริการ 1');
  });

  it('a display or kiosk device token does not open the staff stream', async () => {
    const device = await api('/admin/devices', { body: { name: 'TV', kind: 'display' }, token });
    const paired = await api('/devices/pair', { body: { code: DevicePairingResponse.parse(device.json).pairingCode } });
    const deviceToken = DevicePairResponse.parse(paired.json).token;
    const s = io(hub.url, {
      auth: { role: 'counter', token: deviceToken },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(s);
    const err = await new Promise<Error>((resolve) => s.once('connect_error', resolve));
    expect(err.message).toBe('unauthorized');
  });
});
