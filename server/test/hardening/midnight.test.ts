// The clock crossing midnight in Asia/Bangkok with screens connected: what still waits expires
// (ticket.expired), the day closes (day.closed), every screen resyncs to the new day, and the
// numbers start again at 001. Midnight comes right after the screens connected: a snapshot
// request within the hub's 250 ms snapshot throttle must be answered late, not dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { connectLive, type LiveConnection } from '@oss/shared/client';
import {
  TicketResponse,
  TrackResponse,
  type ClientEvents,
  type LiveState,
  type PublicQueueEvent,
  type QueueEvent,
  type ServerEvents,
} from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { until } from '../../../test/support/until.js';
import { call } from './support.js';

let hub: TestHub;
let token: string;
const clock = new ManualClock('2026-11-25T23:50:00+07:00');
const closers: Array<() => void> = [];

beforeAll(async () => {
  hub = await startTestHub({ clock });
  token = await hub.login();
});
afterAll(async () => {
  closers.forEach((c) => c());
  await hub.dispose();
});

const issue = async (serviceId: number) => {
  const a = await call(hub.url, '/api/v1/tickets', { body: { serviceId } });
  expect(a.status).toBe(201);
  return TicketResponse.parse(a.json).ticket;
};

describe('midnight in Asia/Bangkok with screens connected', () => {
  it('expires what waits, closes the day, resyncs the screens and restarts the numbers', async () => {
    const raw: Socket<ServerEvents, ClientEvents> = io(hub.url, {
      auth: { role: 'display' },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    closers.push(() => raw.close());
    const events: Array<QueueEvent | PublicQueueEvent> = [];
    raw.on('event', (e) => events.push(e));
    const screens: Array<{ state: LiveState | null; conn: LiveConnection }> = [];
    for (const role of ['display', 'kiosk', 'counter'] as const) {
      const screen: { state: LiveState | null; conn?: LiveConnection } = { state: null };
      screen.conn = connectLive({
        role,
        url: hub.url,
        ...(role === 'counter' ? { token } : {}),
        onState: (s) => (screen.state = s),
        onStatus: () => undefined,
      });
      closers.push(() => screen.conn!.close());
      screens.push(screen as { state: LiveState | null; conn: LiveConnection });
    }
    await until(() => raw.connected && screens.every((s) => s.state !== null), 'screens connected', 5000);

    const a1 = await issue(1);
    const a2 = await issue(1);
    const b1 = await issue(2);
    expect([a1.number, a2.number, b1.number]).toEqual(['A001', 'A002', 'B001']);
    const called = await call(hub.url, '/api/v1/counters/1/call-next', { method: 'POST', token });
    expect(TicketResponse.parse(called.json).ticket.number).toBe('A001');
    const before = hub.hub.queue.log.latestVersion();
    await until(() => screens.every((s) => s.state!.version === before) && events.length >= 4, 'before midnight', 5000);
    expect(screens[0]!.state!.businessDay).toBe('2026-11-25');
    events.length = 0;

    // 00:00:05 in Bangkok is 17:00:05 UTC the day before: the office's zone decides the day.
    clock.set('2026-11-26T00:00:05+07:00');
    hub.hub.queue.tick();
    await until(() => events.some((e) => e.type === 'day.closed'), 'day.closed', 5000);
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'ticket.expired')).toHaveLength(3);
    expect(types.at(-1)).toBe('day.closed');
    expect(
      events
        .filter((e) => e.type === 'ticket.expired')
        .map((e) => e.ticket?.number)
        .sort(),
    ).toEqual(['A001', 'A002', 'B001']);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => before + i + 1));

    const latest = hub.hub.queue.log.latestVersion();
    await until(
      () => screens.every((s) => s.state!.version === latest && s.state!.businessDay === '2026-11-26'),
      'screens on the new day',
      5000,
    );
    for (const s of screens) {
      expect(s.state!.tickets.size).toBe(0);
      expect(s.state!.services.every((x) => x.waiting === 0)).toBe(true);
      expect(s.state!.counters.every((c) => c.current === null)).toBe(true);
    }

    // A new day, new numbers; the screens hear it as usual.
    const fresh = await issue(1);
    expect(fresh.number).toBe('A001');
    expect(fresh.businessDay).toBe('2026-11-26');
    await until(() => screens.every((s) => s.state!.version === latest + 1 && s.state!.tickets.size === 1), 'new ticket', 5000);
    // Yesterday's A001 is still yesterday's: tracking it says expired.
    const old = await call(hub.url, `/api/v1/tickets/track/${a1.trackingCode}`);
    expect(TrackResponse.parse(old.json).ticket.status).toBe('expired');
  }, 30_000);
});
