// Slots, booking, the kiosk check-in (appointmentAt = the slot; wrong day, used, cancelled and
// unknown codes refused), LINE booking messages and the reminder timer on the injected clock, the
// staff view (masked, reveal audited), feedback, and the retention purge.
import { bookingQrText, type Booking, type SlotsResponse, type Ticket } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, errorCode, makeCid, PDF } from './portal-kit.js';

// A Tuesday, 09:00 in Bangkok.
const clock = new ManualClock('2026-03-10T02:00:00Z');
let hub: TestHub;
let c: CitizenClient;
let staff: string;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo', clock, line: { channelAccessToken: 'test-token' }, lineTuning: { pollMs: 0 } });
  c = new CitizenClient(hub);
  await c.register({ username: 'booker', citizenId: makeCid('300000000001'), hidePersonal: true, name: 'ประยุทธ์ มั่นคง' });
  // As if the citizen had used LINE Login.
  hub.db.prepare("UPDATE citizens SET line_user_id = 'Ubooker' WHERE username = 'booker'").run();
  staff = await hub.login();
});
afterAll(() => hub.dispose());

const staffCall = async <T>(method: string, path: string) => {
  const res = await fetch(`${hub.url}/api/v1${path}`, { method, headers: { authorization: `Bearer ${staff}` } });
  return { status: res.status, body: (await res.json()) as T };
};
const outbox = () =>
  hub.db.prepare('SELECT kind, line_user_id, not_before FROM line_outbox ORDER BY id').all() as Array<{
    kind: string;
    line_user_id: string;
  }>;

async function book(requestId: number, slotAt: string) {
  return c.call<{ booking: Booking }>('POST', `/requests/${requestId}/booking`, { slotAt });
}

describe('bookings', () => {
  let slots: SlotsResponse;

  it('lists 15-minute slots on working days from now, sized by the counters serving the service', async () => {
    const res = await c.call<SlotsResponse>('GET', '/bookings/slots?serviceId=1');
    expect(res.status).toBe(200);
    slots = res.body;
    const [today, tomorrow] = slots.days;
    expect(today!.date).toBe('2026-03-10');
    expect(today!.slots[0]).toMatchObject({ time: '09:15', capacity: 2, available: 2 });
    expect(today!.slots.at(-1)!.time).toBe('16:15');
    expect(tomorrow!.slots[0]!.time).toBe('08:30');
    // Saturday 14 and Sunday 15 March are closed.
    expect(slots.days.map((d) => d.date)).not.toContain('2026-03-14');
    expect(slots.days.map((d) => d.date)).not.toContain('2026-03-15');
  });

  it('books a slot, confirms on LINE, reminds 30 minutes before, and checks in at the kiosk', async () => {
    const requestId = await c.submittedRequest(1, [{ name: 'id.pdf', content: PDF }]);
    const at = slots.days[0]!.slots.find((s) => s.time === '10:00')!.at;
    const booked = await book(requestId, at);
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const booking = booked.body.booking;
    expect(booking).toMatchObject({ status: 'booked', slotAt: at, businessDay: '2026-03-10', trackingCode: null });
    expect(booking.code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(outbox()).toEqual([{ kind: 'booking.confirmed', line_user_id: 'Ubooker', not_before: clock.now().getTime() }]);

    // A second booking for the same request is refused; the slot shows one place fewer.
    expect(errorCode(await book(requestId, at))).toBe('request-already-booked');
    const after = await c.call<SlotsResponse>('GET', '/bookings/slots?serviceId=1');
    expect(after.body.days[0]!.slots.find((s) => s.time === '10:00')!.available).toBe(1);

    // The reminder: not yet at 09:00, once at 09:31.
    expect(hub.hub.portal.reminders.check()).toBe(0);
    clock.advance(31 * 60_000);
    expect(hub.hub.portal.reminders.check()).toBe(1);
    expect(hub.hub.portal.reminders.check()).toBe(0);
    expect(outbox().map((o) => o.kind)).toEqual(['booking.confirmed', 'booking.reminder']);

    // The kiosk: the QR text, any case, with the prefix.
    const walkIn = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 1 }),
    });
    expect(walkIn.status).toBe(201);
    const checkIn = await c.call<{ ticket: Ticket }>('POST', '/bookings/check-in', {
      code: bookingQrText(booking.code).toLowerCase(),
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    const ticket = checkIn.body.ticket;
    expect(ticket).toMatchObject({ channel: 'web', appointmentAt: at, status: 'waiting' });
    // On time: ahead of the walk-in who came first.
    expect(ticket.position).toBe(1);
    const used = await c.call('POST', '/bookings/check-in', { code: booking.code });
    expect(used.status).toBe(409);
    expect(errorCode(used)).toBe('booking-used');

    const mine = await c.call<{ request: { ticket: { trackingCode: string }; booking: Booking } }>(
      'GET',
      `/requests/${requestId}`,
    );
    expect(mine.body.request.ticket!.trackingCode).toBe(ticket.trackingCode);
    expect(mine.body.request.booking).toMatchObject({ status: 'checked-in', ticketNumber: ticket.number });
    // The LINE Login user now follows the ticket like a chat link.
    expect(hub.db.prepare('SELECT line_user_id FROM line_links WHERE ticket_id = ?').all(ticket.id)).toEqual([
      { line_user_id: 'Ubooker' },
    ]);

    // Staff: masked (the citizen hid personal data) until revealed, which is audited.
    const masked = await staffCall<{ citizen: Record<string, unknown>; request: { documents: unknown[] } }>(
      'GET',
      `/tickets/${ticket.id}/request`,
    );
    expect(masked.status).toBe(200);
    expect(masked.body.citizen).toMatchObject({ name: 'ป*** ม***', masked: true, hidePersonal: true, phone: 'xxxxxxxx78' });
    expect(masked.body.request.documents).toHaveLength(1);
    const revealed = await staffCall<{ citizen: Record<string, unknown> }>('POST', `/tickets/${ticket.id}/request/reveal`);
    expect(revealed.body.citizen).toMatchObject({ name: 'ประยุทธ์ มั่นคง', masked: false, phone: '081-234-5678' });
    const audit = await staffCall<{ entries: Array<{ action: string; user: { displayName: string }; after: unknown }> }>(
      'GET',
      '/admin/audit?entity=citizen',
    );
    expect(audit.body.entries[0]).toMatchObject({ action: 'reveal', after: { ticketId: ticket.id } });
    expect(audit.body.entries[0]!.user.displayName).toBeTruthy();
    // Citizens and anonymous callers get nothing of this.
    expect((await c.call('GET', `/tickets/${ticket.id}/request`)).status).toBe(401);
    // Nor does the public tracker carry the citizen.
    const track = await c.call('GET', `/tickets/track/${ticket.trackingCode}`);
    expect(JSON.stringify(track.body)).not.toContain('ประยุทธ์');
  });

  it('refuses wrong-day, cancelled and unknown codes at the kiosk', async () => {
    const tomorrowReq = await c.submittedRequest(1);
    const tomorrow = slots.days[1]!.slots[0]!.at;
    const b = (await book(tomorrowReq, tomorrow)).body.booking;
    const wrongDay = await c.call('POST', '/bookings/check-in', { code: b.code });
    expect(wrongDay.status).toBe(409);
    expect(errorCode(wrongDay)).toBe('booking-wrong-day');

    const cancelled = await c.call<{ booking: Booking }>('POST', `/bookings/${b.id}/cancel`);
    expect(cancelled.body.booking.status).toBe('cancelled');
    expect(errorCode(await c.call('POST', '/bookings/check-in', { code: b.code }))).toBe('booking-cancelled');
    // Cancelled: the request may book again.
    expect((await book(tomorrowReq, tomorrow)).status).toBe(201);

    const unknown = await c.call('POST', '/bookings/check-in', { code: 'ABCDEFGHJK' });
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('booking-not-found');
    expect((await c.call('POST', '/bookings/check-in', { code: '../../x' })).status).toBe(404);
    expect(errorCode(await book(tomorrowReq, '2026-03-10T03:07:00Z'))).toBe('request-already-booked');
  });

  it('refuses times off the grid, in the past, on a weekend, and full slots', async () => {
    const r1 = await c.submittedRequest(1);
    for (const at of ['2026-03-10T03:07:00Z', '2026-03-10T01:30:00Z', '2026-03-14T03:00:00Z', '2026-06-01T03:00:00Z']) {
      const res = await book(r1, at);
      expect(errorCode(res), at).toBe('slot-unavailable');
    }
    const at = slots.days[2]!.slots[4]!.at;
    expect((await book(r1, at)).status).toBe(201);
    expect((await book(await c.submittedRequest(1), at)).status).toBe(201);
    const full = await book(await c.submittedRequest(1), at);
    expect(full.status).toBe(409);
    expect(errorCode(full)).toBe('slot-full');
    // A draft cannot be booked.
    const draft = await c.call<{ request: { id: number } }>('POST', '/requests', {
      serviceId: 1,
      subject: 'd',
      details: '',
      contact: 'none',
    });
    expect(errorCode(await book(draft.body.request.id, at))).toBe('request-not-submitted');
  });

  it('takes a same-day ticket for a request, and cancels the request with it', async () => {
    const id = await c.submittedRequest(7);
    const res = await c.call<{ ticket: Ticket; request: { ticket: { id: number } } }>('POST', `/requests/${id}/ticket`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.ticket).toMatchObject({ channel: 'web', status: 'waiting', appointmentAt: null });
    expect(res.body.request.ticket.id).toBe(res.body.ticket.id);
    expect(errorCode(await c.call('POST', `/requests/${id}/ticket`))).toBe('request-already-booked');
    const cancelled = await c.call<{ request: { status: string; ticket: { status: string } } }>('POST', `/requests/${id}/cancel`);
    expect(cancelled.body.request).toMatchObject({ status: 'cancelled', ticket: { status: 'cancelled' } });
  });

  it('stores feedback for supervisors only', async () => {
    const sent = await c.call('POST', '/feedback', { serviceId: 1, text: 'อยากให้มีที่จอดรถเพิ่ม' });
    expect(sent.status).toBe(201);
    const anonymous = await fetch(`${hub.url}/api/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'ดีมาก' }),
    });
    expect(anonymous.status).toBe(201);
    const list = await staffCall<{ feedback: Array<{ text: string; fromCitizen: boolean }> }>('GET', '/feedback');
    expect(list.body.feedback.map((f) => [f.text, f.fromCitizen])).toEqual([
      ['ดีมาก', false],
      ['อยากให้มีที่จอดรถเพิ่ม', true],
    ]);
    expect((await c.call('GET', '/feedback')).status).toBe(401);
    expect((await c.call('POST', '/feedback', { text: '   ' })).status).toBe(400);
    expect(errorCode(await c.call('POST', '/feedback', { serviceId: 999, text: 'x' }))).toBe('service-not-found');
  });

  it('purges documents and LINE links after their retention, on the injected clock', async () => {
    const files = () =>
      (hub.db.prepare('SELECT COUNT(*) AS n FROM request_documents WHERE purged_at IS NULL').get() as { n: number }).n;
    expect(files()).toBe(1);
    expect(hub.hub.portal.purge()).toMatchObject({ documents: 0, lineLinks: 0 });
    clock.advance(31 * 24 * 3600_000);
    // The checked-in booking's ticket and the same-day ticket.
    expect(hub.hub.portal.purge()).toMatchObject({ documents: 0, lineLinks: 2 });
    clock.advance(60 * 24 * 3600_000);
    expect(hub.hub.portal.purge()).toMatchObject({ documents: 1, files: 1 });
    expect(files()).toBe(0);
    const doc = hub.db.prepare('SELECT id FROM request_documents').get() as { id: number };
    staff = await hub.login();
    const gone = await staffCall<{ error: { code: string } }>('GET', `/documents/${doc.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('document-not-found');
  });
});
