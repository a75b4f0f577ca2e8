// One console per counter: a second login is refused with a message naming the holder, the
// holder shows on staff screens (never on public ones), and the claim ends with the login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse, Counter, QueueEvent } from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { toPublicEvent, toPublicSnapshot } from '../../src/realtime/stream.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
const clock = new ManualClock('2026-11-25T02:00:00.000Z');
let admin: string;
let a: { id: number; token: string; password: string };
let b: { id: number; token: string };
let sup: { id: number; token: string };

beforeAll(async () => {
  hub = await startTestHub({ clock });
  c = client(hub);
  admin = await hub.login();
  a = await c.staffUser(admin, 'somchai', 'staff', 'สมชาย');
  b = await c.staffUser(admin, 'somying', 'staff', 'สมหญิง');
  sup = await c.staffUser(admin, 'boss', 'supervisor', 'หัวหน้า');
});
afterAll(() => hub.dispose());

const counter = async (id: number, token?: string) =>
  ((await c.api('GET', '/counters', undefined, token)).body.counters as Array<Counter & Record<string, unknown>>).find(
    (x) => x.id === id,
  )!;
const counterEvents = (since: number) =>
  hub.hub.queue.log
    .since(since, 100)
    .filter(
      (e): e is QueueEvent & { counter: NonNullable<QueueEvent['counter']> } => e.type === 'counter.updated' && !!e.counter,
    );

describe('counter sign-in', () => {
  it('works as before when nobody is signed in', async () => {
    await c.api('POST', '/tickets', { serviceId: 1 });
    const res = await c.api('POST', '/counters/1/call-next', {}, b.token);
    expect(res.status).toBe(200);
    expect((await counter(1, admin)).staff).toBeNull();
  });

  it('claims a counter, shows the holder to staff and tells the screens', async () => {
    const since = hub.hub.queue.log.latestVersion();
    const res = await c.api('POST', '/counters/2/sign-in', {}, a.token);
    expect(res.status).toBe(200);
    expect(res.body.counter).toMatchObject({ id: 2, staff: { id: a.id, displayName: 'สมชาย' } });
    expect((await counter(2, b.token)).staff).toEqual({ id: a.id, displayName: 'สมชาย' });
    expect(counterEvents(since).map((e) => [e.counter.id, e.counter.staff])).toEqual([[2, { id: a.id, displayName: 'สมชาย' }]]);
    // Public views never carry staff names: not the HTTP list, not the TV's socket.
    expect(await counter(2)).not.toHaveProperty('staff');
    expect(toPublicSnapshot(hub.hub.queue.snapshot()).counters.find((x) => x.id === 2)).not.toHaveProperty('staff');
    expect(toPublicEvent(counterEvents(since)[0]!).counter).not.toHaveProperty('staff');
    expect(hub.hub.queue.snapshot().counters.find((x) => x.id === 2)!.staff).toEqual({ id: a.id, displayName: 'สมชาย' });
  });

  it('refuses a second login at the counter, naming who holds it, and refuses its calls', async () => {
    const again = await c.api('POST', '/counters/2/sign-in', {}, b.token);
    expect(again.status).toBe(409);
    expect(c.errorCode(again)).toBe('counter-in-use');
    expect((again.body.error as { message: string }).message).toContain('สมชาย');
    await c.api('POST', '/tickets', { serviceId: 2 });
    const call = await c.api('POST', '/counters/2/call-next', {}, b.token);
    expect(call.status).toBe(409);
    expect(c.errorCode(call)).toBe('counter-in-use');
    expect(c.errorCode(await c.api('POST', '/counters/2/call', { ticketId: 1 }, b.token))).toBe('counter-in-use');
    // Only the holder or a supervisor signs someone out.
    expect(c.errorCode(await c.api('POST', '/counters/2/sign-out', undefined, b.token))).toBe('counter-in-use');
    // Force is for supervisors.
    expect((await c.api('POST', '/counters/2/sign-in', { force: true }, b.token)).status).toBe(409);
    const called = await c.api('POST', '/counters/2/call-next', {}, a.token);
    expect(called.status).toBe(200);
    expect((await c.api('POST', `/tickets/${(called.body.ticket as { id: number }).id}/start`, {}, a.token)).status).toBe(200);
  });

  it('lets the same person sign in again from another login', async () => {
    const second = await hub.login('somchai', a.password);
    expect((await c.api('POST', '/counters/2/sign-in', {}, second)).status).toBe(200);
    // The first login is the same person: still allowed (call-next completes the ticket being served).
    expect((await c.api('POST', '/counters/2/call-next', {}, a.token)).status).toBe(200);
    a.token = second;
  });

  it('moves a login to another counter, freeing the first', async () => {
    expect((await c.api('POST', '/counters/3/sign-in', undefined, a.token)).status).toBe(200);
    expect((await counter(2, admin)).staff).toBeNull();
    expect((await counter(3, admin)).staff).toMatchObject({ id: a.id });
    const audit = (await c.api('GET', '/admin/audit?entity=counter-session&limit=2', undefined, admin)).body as AuditResponse;
    expect(audit.entries.map((e) => [e.entityId, e.action])).toEqual([
      ['3', 'sign-in'],
      ['2', 'sign-out'],
    ]);
    const me = await c.api('GET', '/me/stats', undefined, a.token);
    expect(me.body.counter).toEqual({ id: 3, name: 'ช่องบริการ 3' });
  });

  it('lets a supervisor take over with force, and audits it', async () => {
    expect(c.errorCode(await c.api('POST', '/counters/3/sign-in', {}, sup.token))).toBe('counter-in-use');
    const forced = await c.api('POST', '/counters/3/sign-in', { force: true }, sup.token);
    expect(forced.status).toBe(200);
    expect(forced.body.counter).toMatchObject({ staff: { id: sup.id } });
    const audit = (await c.api('GET', '/admin/audit?entity=counter-session&limit=1', undefined, admin)).body as AuditResponse;
    expect(audit.entries[0]).toMatchObject({
      entity: 'counter-session',
      entityId: '3',
      action: 'sign-in-forced',
      user: { id: sup.id },
      before: { staff: { id: a.id, displayName: 'สมชาย' } },
      after: { staff: { id: sup.id, displayName: 'หัวหน้า' } },
    });
  });

  it('frees the counter at logout and tells the screens', async () => {
    const since = hub.hub.queue.log.latestVersion();
    expect((await c.api('POST', '/auth/logout', undefined, sup.token)).status).toBe(200);
    expect((await counter(3, admin)).staff).toBeNull();
    expect(counterEvents(since).map((e) => [e.counter.id, e.counter.staff])).toEqual([[3, null]]);
    expect((await c.api('POST', '/counters/3/sign-in', {}, b.token)).status).toBe(200);
  });

  it('lets an expired login’s counter be taken', async () => {
    clock.advance(13 * 3600_000);
    admin = await hub.login();
    const fresh = await hub.login('somchai', a.password);
    expect((await c.api('POST', '/counters/3/sign-in', {}, fresh)).status).toBe(200);
    expect((await counter(3, fresh)).staff).toMatchObject({ id: a.id });
  });

  it('frees the counters of a deactivated user', async () => {
    const fresh = await hub.login('somying', 'somying lantern harbour ribbon');
    expect((await c.api('POST', '/counters/4/sign-in', {}, fresh)).status).toBe(200);
    expect((await c.api('PATCH', `/admin/users/${b.id}`, { active: false }, admin)).status).toBe(200);
    expect((await counter(4, admin)).staff).toBeNull();
    expect((await c.api('GET', '/auth/me', undefined, fresh)).status).toBe(401);
  });

  it('answers unknown counters with 404', async () => {
    expect(c.errorCode(await c.api('POST', '/counters/99/sign-in', {}, admin))).toBe('counter-not-found');
    expect(c.errorCode(await c.api('POST', '/counters/99/sign-out', undefined, admin))).toBe('counter-not-found');
  });
});
