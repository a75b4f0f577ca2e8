// One citizen cannot hoard the office's time: at most OSS_CITIZEN_MAX_BOOKINGS live bookings and
// OSS_CITIZEN_MAX_TICKETS_PER_DAY same-day tickets from the portal (409 too-many-bookings and
// too-many-tickets, nothing changed), and every route that makes a ticket (POST /tickets, a
// request's same-day ticket, a booking's check-in) draws on the same per-address ticket limit.
import { ErrorBody, type Booking, type SlotsResponse, type Ticket } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, errorCode, makeCid, type Answer } from './portal-kit.js';

// A Tuesday, 09:00 in Bangkok.
const clock = new ManualClock('2026-03-10T02:00:00Z');
let hub: TestHub;
let slots: SlotsResponse;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo', clock, portal: { maxBookingsPerCitizen: 3, maxTicketsPerCitizenPerDay: 2 } });
  slots = (await new CitizenClient(hub).call<SlotsResponse>('GET', '/bookings/slots?serviceId=1')).body;
});
afterAll(() => hub.dispose());

const count = (sql: string) => (hub.db.prepare(sql).get() as { n: number }).n;
const slot = (day: number, i: number) => slots.days[day]!.slots[i]!.at;

function expectRefused(a: Answer<unknown>, code: string): void {
  expect(a.status).toBe(409);
  expect(ErrorBody.parse(a.body).error.code).toBe(code);
}

async function citizen(username: string, cid: string): Promise<CitizenClient> {
  const c = new CitizenClient(hub);
  await c.register({ username, citizenId: makeCid(cid), email: `${username}@example.com` });
  return c;
}

describe('per-citizen limits', () => {
  it('has sensible defaults, set by environment variables', () => {
    expect(loadConfig({}).portal).toMatchObject({ maxBookingsPerCitizen: 3, maxTicketsPerCitizenPerDay: 3 });
    const set = loadConfig({ OSS_CITIZEN_MAX_BOOKINGS: '5', OSS_CITIZEN_MAX_TICKETS_PER_DAY: '1' });
    expect(set.portal).toMatchObject({ maxBookingsPerCitizen: 5, maxTicketsPerCitizenPerDay: 1 });
    expect(() => loadConfig({ OSS_CITIZEN_MAX_BOOKINGS: '0' })).toThrow(/OSS_CITIZEN_MAX_BOOKINGS/);
  });

  it('refuses a booking past the live bookings one citizen may hold; a cancelled or used one frees its place', async () => {
    const c = await citizen('hoarder', '400000000001');
    const requests = [];
    for (let i = 0; i < 5; i++) requests.push(await c.submittedRequest(1));
    const book = (requestId: number, at: string) =>
      c.call<{ booking: Booking }>('POST', `/requests/${requestId}/booking`, { slotAt: at });

    const held: Booking[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await book(requests[i]!, slot(1, i));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      held.push(res.body.booking);
    }
    const bookings = count('SELECT COUNT(*) AS n FROM bookings');
    const outbox = count('SELECT COUNT(*) AS n FROM line_outbox');
    const refused = await book(requests[3]!, slot(1, 3));
    expectRefused(refused, 'too-many-bookings');
    expect(ErrorBody.parse(refused.body).error.message).toMatch(/3/);
    expect(count('SELECT COUNT(*) AS n FROM bookings')).toBe(bookings);
    expect(count('SELECT COUNT(*) AS n FROM line_outbox')).toBe(outbox);
    // The slot is still free for someone else.
    const other = await citizen('neighbour', '400000000002');
    expect(
      (await other.call('POST', `/requests/${await other.submittedRequest(1)}/booking`, { slotAt: slot(1, 3) })).status,
    ).toBe(201);

    expect((await c.call('POST', `/bookings/${held[0]!.id}/cancel`)).status).toBe(200);
    expect((await book(requests[3]!, slot(1, 3))).status).toBe(201);
    expectRefused(await book(requests[4]!, slot(1, 5)), 'too-many-bookings');
  });

  it('refuses same-day tickets past the day’s limit, but never a booking’s check-in', async () => {
    const c = await citizen('queuer', '400000000003');
    const take = async () => c.call<{ ticket: Ticket }>('POST', `/requests/${await c.submittedRequest(1)}/ticket`);
    const first = await take();
    expect(first.status).toBe(201);
    // A cancelled ticket still counts: taking and cancelling cannot churn the numbers.
    expect((await c.call('POST', `/tickets/track/${first.body.ticket.trackingCode}/cancel`, {})).status).toBe(200);
    expect((await take()).status).toBe(201);
    const tickets = count('SELECT COUNT(*) AS n FROM tickets');
    expectRefused(await take(), 'too-many-tickets');
    expect(count('SELECT COUNT(*) AS n FROM tickets')).toBe(tickets);

    // A booking made earlier is honoured at the kiosk all the same.
    const booked = await c.call<{ booking: Booking }>('POST', `/requests/${await c.submittedRequest(1)}/booking`, {
      slotAt: slot(0, 2),
    });
    expect(booked.status).toBe(201);
    expect((await c.call('POST', '/bookings/check-in', { code: booked.body.booking.code })).status).toBe(201);

    // The next business day starts afresh.
    clock.set(new Date('2026-03-11T01:00:00Z'));
    expect((await take()).status).toBe(201);
  });
});

describe('the ticket limit per address', () => {
  let limited: TestHub;
  beforeAll(async () => {
    limited = await startTestHub({ seed: 'demo', clock, rateLimits: { issuePerMin: 4, loginPerMin: 0 } });
  });
  afterAll(() => limited.dispose());

  it('covers every route that makes a ticket, from one bucket', async () => {
    const c = new CitizenClient(limited);
    await c.register({ username: 'fast', citizenId: makeCid('400000000004') });
    const slotsToday = (await c.call<SlotsResponse>('GET', '/bookings/slots?serviceId=1')).body.days[0]!.slots;
    const booked = await c.call<{ booking: Booking }>('POST', `/requests/${await c.submittedRequest(1)}/booking`, {
      slotAt: slotsToday[0]!.at,
    });
    expect(booked.status).toBe(201);
    const sameDay = await c.submittedRequest(1);
    const lastRequest = await c.submittedRequest(1);

    expect((await c.call('POST', '/tickets', { serviceId: 1 })).status).toBe(201);
    expect((await c.call('POST', '/tickets', { serviceId: 1 })).status).toBe(201);
    expect((await c.call('POST', `/requests/${sameDay}/ticket`)).status).toBe(201);
    expect((await c.call('POST', '/bookings/check-in', { code: booked.body.booking.code })).status).toBe(201);
    // The bucket of four is empty now, whichever door is tried, and a refusal makes no ticket.
    const tickets = () => (limited.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
    const before = tickets();
    for (const [method, path, body] of [
      ['POST', '/tickets', { serviceId: 1 }],
      ['POST', `/requests/${lastRequest}/ticket`, undefined],
      ['POST', '/bookings/check-in', { code: 'ABCDEFGHJK' }],
    ] as const) {
      const res = await c.call(method, path, body);
      expect(res.status, path).toBe(429);
      expect(errorCode(res)).toBe('rate-limited');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(tickets()).toBe(before);
  });
});
