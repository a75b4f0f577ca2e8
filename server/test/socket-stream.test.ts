import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  MaybeTicketResponse,
  type ClientEvents,
  type PublicQueueEvent,
  type QueueEvent,
  type ServerEvents,
  type Service,
  type Snapshot,
  type SocketAuth,
} from '@oss/shared';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { until } from '../../test/support/until.js';
import { Sessions } from '../src/auth/sessions.js';
import { systemClock } from '../src/clock.js';
import { createStream } from '../src/realtime/stream.js';
import { UserRepo } from '../src/users/user-repo.js';
import { queueFixture } from './queue-fixture.js';

type Client = Socket<ServerEvents, ClientEvents>;
type AnyEvent = QueueEvent | PublicQueueEvent;

let hub: TestHub;
let token: string;
const open: Client[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.login();
});
afterAll(async () => {
  open.forEach((s) => s.close());
  await hub.dispose();
});

/** A connected client that records what it receives. */
function connect(auth: SocketAuth | Record<string, unknown>) {
  const socket: Client = io(hub.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  open.push(socket);
  const snapshots: Snapshot[] = [];
  const events: AnyEvent[] = [];
  socket.on('snapshot', (s) => snapshots.push(s as Snapshot));
  socket.on('event', (e) => events.push(e));
  return { socket, snapshots, events };
}

async function post(path: string, body: unknown = {}, auth = true) {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return MaybeTicketResponse.parse(await res.json());
}

describe('Socket.IO stream', () => {
  it('sends a snapshot on connect, then every change as a versioned event', async () => {
    const c = connect({ role: 'counter', token });
    await until(() => c.snapshots.length === 1, 'the snapshot');
    const start = c.snapshots[0]!.version;
    expect(c.snapshots[0]!.services).toHaveLength(8);
    expect(c.snapshots[0]!.counters).toHaveLength(4);
    const { ticket } = await post('/tickets', { serviceId: 1 }, false);
    if (!ticket) throw new Error('no ticket issued');
    await post('/counters/1/call-next');
    await until(() => c.events.length === 2, 'the issue and the call');
    expect(c.events.map((e) => e.type)).toEqual(['ticket.issued', 'ticket.called']);
    expect(c.events.map((e) => e.version)).toEqual([start + 1, start + 2]);
    const called = c.events[1] as QueueEvent;
    expect(called.ticket).toMatchObject({
      id: ticket.id,
      status: 'called',
      counter: { id: 1 },
      trackingCode: ticket.trackingCode,
    });
    await post(`/tickets/${ticket.id}/complete`);
  });

  it('gives display sockets public fields only', async () => {
    const d = connect({ role: 'display' });
    await until(() => d.snapshots.length === 1, 'the snapshot');
    await post('/tickets', { serviceId: 2, priority: 'disabled' }, false);
    await until(() => d.events.length === 1, 'the issue');
    const snapshotText = JSON.stringify(d.snapshots[0]);
    const eventText = JSON.stringify(d.events[0]);
    for (const text of [snapshotText, eventText]) {
      expect(text).not.toContain('trackingCode');
      expect(text).not.toContain('priority');
      expect(text).not.toContain('disabled');
    }
    expect(d.events[0]!.ticket).toMatchObject({ number: expect.stringMatching(/^B\d{3}$/), status: 'waiting' });
  });

  it('refuses a counter socket without a valid token, and bad auth', async () => {
    for (const auth of [
      { role: 'counter' },
      { role: 'counter', token: 'forged' },
      { role: 'admin' },
      { role: 'display', since: -4 },
    ]) {
      const c = connect(auth);
      const err = await new Promise<Error>((resolve) => c.socket.on('connect_error', resolve));
      expect(['unauthorized', 'bad-auth']).toContain(err.message);
    }
  });

  it('replays what a client missed when it comes back with `since`', async () => {
    const first = connect({ role: 'display' });
    await until(() => first.snapshots.length === 1, 'the snapshot');
    const seen = first.snapshots[0]!.version;
    first.socket.close();
    await post('/tickets', { serviceId: 3 }, false);
    await post('/tickets', { serviceId: 3 }, false);
    const back = connect({ role: 'display', since: seen });
    await until(() => back.events.length === 2, 'the two missed events');
    expect(back.snapshots).toHaveLength(0);
    expect(back.events.map((e) => e.version)).toEqual([seen + 1, seen + 2]);
    expect(back.events.every((e) => !('trackingCode' in (e.ticket ?? {})))).toBe(true);
  });

  it('marks the events it replays, and not the live ones right after them', async () => {
    for (const role of [{ role: 'display' } as const, { role: 'counter', token } as const]) {
      const first = connect(role);
      await until(() => first.snapshots.length === 1, 'the snapshot');
      const seen = first.snapshots[0]!.version;
      first.socket.close();
      await post('/tickets', { serviceId: 4 }, false);
      await post('/tickets', { serviceId: 4 }, false);
      // A change in the very turn the client is let in, after its replay: no window, no timer.
      hub.hub.io.once('connection', () => hub.hub.queue.issue({ serviceId: 4 }));
      const back = connect({ ...role, since: seen });
      await until(() => back.events.length === 3, 'the two replayed events and the live one');
      expect(back.events.map((e) => [e.version, e.replayed])).toEqual([
        [seen + 1, true],
        [seen + 2, true],
        [seen + 3, undefined],
      ]);
      await post('/tickets', { serviceId: 4 }, false);
      await until(() => back.events.length === 4, 'a later live event');
      expect(back.events[3]).not.toHaveProperty('replayed');
      // The log keeps events as they happened: the mark is only on the way out.
      expect(hub.hub.queue.log.since(seen, 2).every((e) => !('replayed' in e))).toBe(true);
      back.socket.close();
    }
  });

  it('carries the figures of the services each change moved, as GET /services gives them', async () => {
    const d = connect({ role: 'display' });
    await until(() => d.snapshots.length === 1, 'the snapshot');
    /** The last event's figures, and GET /services's for the same services, read right after it. */
    const figures = async (count: number) => {
      await until(() => d.events.length === count, `event ${count}`);
      const res = await fetch(`${hub.url}/api/v1/services`);
      const { services } = (await res.json()) as { services: Service[] };
      const carried = d.events[count - 1]!.services ?? [];
      const ids = carried.map((f) => f.id);
      const listed = services
        .filter((s) => ids.includes(s.id))
        .map(({ id, open, waiting, estimatedWait }) => ({ id, open, waiting, estimatedWait }));
      return { ids, carried, listed };
    };
    /** POST /counters/:id/{pause,open}, which answer a counter. */
    const counter = async (action: 'pause' | 'open') => {
      const res = await fetch(`${hub.url}/api/v1/counters/4/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      expect(res.status).toBe(200);
    };
    const ticket = (await post('/tickets', { serviceId: 5 }, false)).ticket!;
    let f = await figures(1);
    expect(f.ids).toEqual([5]);
    expect(f.carried).toEqual(f.listed);
    await post(`/tickets/${ticket.id}/transfer`, { serviceId: 6 });
    f = await figures(2);
    expect(f.ids).toEqual([5, 6]);
    expect(f.carried).toEqual(f.listed);
    // Counter 4 serves D, E and F: pausing it lengthens their waits.
    await counter('pause');
    f = await figures(3);
    expect(f.ids.sort()).toEqual([4, 5, 6]);
    expect(f.carried).toEqual(f.listed);
    await counter('open');
    f = await figures(4);
    expect(f.carried).toEqual(f.listed);
    await post(`/tickets/${ticket.id}/cancel`);
    f = await figures(5);
    expect(f.carried).toEqual(f.listed);
  });

  it('sends a fresh snapshot when `since` is too old or from another database', async () => {
    const c = connect({ role: 'display', since: 10_000_000 });
    await until(() => c.snapshots.length === 1, 'a fresh snapshot');
    expect(c.events).toHaveLength(0);
  });

  it('answers a snapshot request (a client that saw a gap)', async () => {
    const c = connect({ role: 'kiosk' });
    await until(() => c.snapshots.length === 1, 'the snapshot');
    // Asked inside the hub's 250 ms between two snapshots, or after: answered either way.
    c.socket.emit('snapshot.request');
    await until(() => c.snapshots.length === 2, 'the snapshot asked for');
    expect(c.snapshots[1]!.version).toBe(hub.hub.queue.log.latestVersion());
  });

  it('keeps many screens in step: every one sees every version once, in order', async () => {
    const screens = Array.from({ length: 20 }, (_, i) => connect(i % 2 ? { role: 'display' } : { role: 'counter', token }));
    await until(() => screens.every((s) => s.snapshots.length === 1), 'a snapshot on every screen');
    const base = screens[0]!.snapshots[0]!.version;
    await Promise.all(Array.from({ length: 30 }, (_, i) => post('/tickets', { serviceId: 1 + (i % 8) }, false)));
    await until(() => screens.every((s) => s.events.length === 30), 'the 30 events on every screen');
    for (const s of screens) expect(s.events.map((e) => e.version)).toEqual(Array.from({ length: 30 }, (_, i) => base + i + 1));
  });
});

describe('Socket.IO stream closing', () => {
  it('refuses screens that reconnect while it closes, so nothing holds the HTTP server open', async () => {
    const { db, queue } = queueFixture();
    const server = createServer();
    const stream = createStream(server, queue, new Sessions(new UserRepo(db), systemClock, 12));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const screen = (transports: string[]) =>
      io(url, { auth: { role: 'display' }, transports, reconnection: false, forceNew: true });
    const before = screen(['websocket']);
    await new Promise<void>((resolve) => before.once('connect', () => resolve()));

    await stream.close();
    // A screen coming back in the moment between dropping the transports and the server's close,
    // over either transport, is turned away instead of being held open by its pings.
    for (const transports of [['websocket'], ['polling']]) {
      const late = screen(transports);
      const outcome = await new Promise<string>((resolve) => {
        late.once('connect', () => resolve('connected'));
        late.once('connect_error', (err) => resolve(`refused: ${err.message}`));
      });
      expect(outcome, transports[0]).toMatch(/^refused/);
      late.close();
    }
    // Nothing is left for pings to keep alive, so the close does not wait for a ping timeout. It
    // must finish; how soon is not this test's business (a generous limit, not a stopwatch).
    expect(stream.io.engine.clientsCount).toBe(0);
    await new Promise<void>((resolve, reject) => {
      const limit = setTimeout(() => reject(new Error('the HTTP server was held open')), 10_000);
      server.close((err) => {
        clearTimeout(limit);
        if (err) reject(err);
        else resolve();
      });
    });
    before.close();
    db.close();
  });
});
