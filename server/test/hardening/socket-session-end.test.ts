// A counter socket lives only as long as its login (docs/security.md): after a logout, the user's
// deactivation, a new password set by an admin, or the login's expiry, the open socket is dropped
// and gets no further event (whole tickets, tracking codes included), and reconnecting with the old
// token is refused. Real sockets on a real hub; a still-live staff socket shows the events flowed.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientEvents, QueueEvent, ServerEvents, Ticket } from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from '../admin/admin-client.js';
import { until } from '../../../test/support/until.js';

type Client = Socket<ServerEvents, ClientEvents>;

const clock = new ManualClock('2026-11-25T09:00:00+07:00');
let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;
const open: Client[] = [];

beforeAll(async () => {
  hub = await startTestHub({ clock, sessionHours: 2 });
  c = client(hub);
  admin = await hub.login();
});
afterAll(async () => {
  open.forEach((s) => s.close());
  await hub.dispose();
});

interface Watched {
  socket: Client;
  versions: number[];
  snapshots: number;
  /** The reason it was disconnected, once it is. */
  closed: Promise<string>;
}

/** A counter socket that records what it gets, connected and past its snapshot. */
async function watch(token: string): Promise<Watched> {
  const socket: Client = io(hub.url, {
    auth: { role: 'counter', token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  open.push(socket);
  const w: Watched = {
    socket,
    versions: [],
    snapshots: 0,
    closed: new Promise((resolve) => socket.on('disconnect', (reason) => resolve(reason))),
  };
  socket.on('event', (e) => w.versions.push(e.version));
  socket.on('snapshot', () => w.snapshots++);
  await until(() => w.snapshots === 1, 'the first snapshot', 10_000);
  return w;
}

/** What a connection with this token gets: a snapshot, or the refusal's message. */
async function connectOnce(token: string): Promise<string> {
  const s: Client = io(hub.url, {
    auth: { role: 'counter', token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    return await new Promise<string>((resolve) => {
      s.once('snapshot', () => resolve('snapshot'));
      s.once('connect_error', (err) => resolve(err.message));
    });
  } finally {
    s.close();
  }
}

let users = 0;
async function clerk(atCounter?: number) {
  const u = await c.staffUser(admin, `clerk${++users}`, 'staff', `เจ้าหน้าที่ ${users}`);
  if (atCounter !== undefined) expect((await c.api('POST', `/counters/${atCounter}/sign-in`, {}, u.token)).status).toBe(200);
  return u;
}

/**
 * Ends a login with `end` while its socket and a control socket listen, then makes more events
 * (a ticket issued and called: private fields, tracking code): the ended socket is dropped, gets
 * nothing after the end began, and its token cannot reconnect; the control socket gets it all.
 */
async function expectDropped(token: string, end: () => Promise<void>) {
  const ended = await watch(token);
  const control = await watch(await hub.login());
  const before = hub.hub.queue.log.latestVersion();
  await end();
  const ticket = (await c.api('POST', '/tickets', { serviceId: 4 })).body.ticket as Ticket;
  const called = await c.api('POST', '/counters/4/call', { ticketId: ticket.id }, admin);
  expect(called.status).toBe(200);
  const latest = hub.hub.queue.log.latestVersion();
  await until(() => control.versions.includes(latest), 'the control socket to get the call', 10_000);
  expect(ended.versions.filter((v) => v > before)).toEqual([]);
  expect(await ended.closed).toBe('io server disconnect');
  expect(await connectOnce(token)).toBe('unauthorized');
  control.socket.close();
  // Leave counter 4 free for the next case.
  expect((await c.api('POST', `/tickets/${ticket.id}/cancel`, {}, admin)).status).toBe(200);
}

describe('a counter socket ends with its login', () => {
  it('is dropped at logout', async () => {
    const u = await clerk();
    await expectDropped(u.token, async () => {
      expect((await c.api('POST', '/auth/logout', undefined, u.token)).status).toBe(200);
    });
  });

  it('is dropped when its user is deactivated, before the screens hear the counter is free', async () => {
    const u = await clerk(2);
    await expectDropped(u.token, async () => {
      expect((await c.api('PATCH', `/admin/users/${u.id}`, { active: false }, admin)).status).toBe(200);
    });
  });

  it('is dropped when an admin sets a new password, every login of that user', async () => {
    const u = await clerk(3);
    const other = await hub.login(`clerk${users}`, u.password);
    const second = await watch(other);
    await expectDropped(u.token, async () => {
      expect((await c.api('PATCH', `/admin/users/${u.id}`, { password: 'a-new-password-1' }, admin)).status).toBe(200);
    });
    expect(await second.closed).toBe('io server disconnect');
    expect(await connectOnce(other)).toBe('unauthorized');
  });

  it('keeps the sockets of other logins (another user, the admin changing their own password)', async () => {
    const u = await clerk();
    const kept = await watch(u.token);
    const own = await watch(admin);
    const me = hub.hub.sessions.authenticate(admin)!;
    expect((await c.api('PATCH', `/admin/users/${me.id}`, { password: hub.adminPassword }, admin)).status).toBe(200);
    expect((await c.api('POST', '/tickets', { serviceId: 1 })).status).toBe(201);
    const latest = hub.hub.queue.log.latestVersion();
    await until(() => kept.versions.includes(latest) && own.versions.includes(latest), 'both sockets to get the ticket', 10_000);
    expect(kept.socket.connected && own.socket.connected).toBe(true);
    kept.socket.close();
    own.socket.close();
  });

  it('is dropped once its login expires: before the next event, and on a snapshot request', async () => {
    const u = await clerk();
    const quiet = await watch(u.token);
    clock.advance(2 * 3600_000);
    // No event yet: a snapshot request is the first thing it would be sent.
    const snapshots = quiet.snapshots;
    quiet.socket.emit('snapshot.request');
    const outcome = await Promise.race([
      quiet.closed,
      until(() => quiet.snapshots > snapshots, 'a snapshot', 5000).then(() => 'a snapshot'),
    ]);
    expect(outcome).toBe('io server disconnect');
    expect(quiet.snapshots).toBe(snapshots);

    admin = await hub.login();
    const v = await clerk();
    const ended = await watch(v.token);
    clock.advance(2 * 3600_000);
    admin = await hub.login();
    const control = await watch(admin);
    const events: QueueEvent[] = [];
    ended.socket.on('event', (e) => events.push(e as QueueEvent));
    expect((await c.api('POST', '/tickets', { serviceId: 1 })).status).toBe(201);
    const latest = hub.hub.queue.log.latestVersion();
    await until(() => control.versions.includes(latest), 'the control socket to get the ticket', 10_000);
    expect(events).toEqual([]);
    expect(await ended.closed).toBe('io server disconnect');
    expect(await connectOnce(v.token)).toBe('unauthorized');
    expect(await connectOnce(u.token)).toBe('unauthorized');
  });
});
