// Counter sign-in guards all work at the counter, not only calling: every ticket action on a ticket
// at a counter someone else is signed in at, a resume onto such a counter, and pausing or opening
// it, is refused with 409 counter-in-use and changes nothing; the holder may do each. A supervisor
// may work there, credited in the reports as who pressed. The check runs inside the change, so a
// sign-in that commits between the request and its group commit still counts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeStatsResponse, Ticket } from '@oss/shared';
import { hashToken } from '../../src/auth/sessions.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;
let a: { id: number; token: string; password: string };
let b: { id: number; token: string };
let sup: { id: number; token: string };

beforeAll(async () => {
  hub = await startTestHub();
  c = client(hub);
  admin = await hub.login();
  a = await c.staffUser(admin, 'somchai', 'staff', 'สมชาย');
  b = await c.staffUser(admin, 'somying', 'staff', 'สมหญิง');
  sup = await c.staffUser(admin, 'hua-na-wilai', 'supervisor', 'หัวหน้า');
  // สมชาย works at counter 1 (services A and B), สมหญิง at counter 2.
  expect((await c.api('POST', '/counters/1/sign-in', {}, a.token)).status).toBe(200);
  expect((await c.api('POST', '/counters/2/sign-in', {}, b.token)).status).toBe(200);
});
afterAll(() => hub.dispose());

const version = () => hub.hub.queue.log.latestVersion();
const statusOf = (id: number) => hub.hub.queue.tickets.byId(id)!.status;

async function issue(serviceId = 1): Promise<number> {
  const res = await c.api('POST', '/tickets', { serviceId });
  expect(res.status).toBe(201);
  return (res.body.ticket as Ticket).id;
}

/** The call is refused with 409 counter-in-use, and nothing changes. */
async function refused(path: string, token: string, body: unknown = {}): Promise<void> {
  const before = version();
  const res = await c.api('POST', path, body, token);
  expect(res.status, `${path}: ${res.text}`).toBe(409);
  expect(c.errorCode(res), path).toBe('counter-in-use');
  expect((res.body.error as { message: string }).message).toContain('สมชาย');
  expect(version(), `${path} changed something`).toBe(before);
}

async function ok(path: string, token: string, body: unknown = {}): Promise<void> {
  const res = await c.api('POST', path, body, token);
  expect(res.status, `${path}: ${res.text}`).toBe(200);
}

describe('work at a counter someone else is signed in at', () => {
  it('refuses another clerk every action on a ticket at the counter, and lets its holder do each', async () => {
    const t = await issue();
    await refused('/counters/1/call-next', b.token);
    await refused('/counters/1/call', b.token, { ticketId: t });
    await ok('/counters/1/call', a.token, { ticketId: t });

    for (const [action, after] of [
      ['recall', 'called'],
      ['start', 'serving'],
      ['hold', 'held'],
    ] as const) {
      await refused(`/tickets/${t}/${action}`, b.token);
      await ok(`/tickets/${t}/${action}`, a.token);
      expect(statusOf(t)).toBe(after);
    }
    // Held at counter 1: not to be resumed there, nor moved to the clerk's own counter.
    await refused(`/tickets/${t}/resume`, b.token);
    await refused(`/tickets/${t}/resume`, b.token, { counterId: 2 });
    await ok(`/tickets/${t}/resume`, a.token);
    await refused(`/tickets/${t}/transfer`, b.token, { serviceId: 2 });
    await refused(`/tickets/${t}/cancel`, b.token);
    await refused(`/tickets/${t}/complete`, b.token);
    await ok(`/tickets/${t}/complete`, a.token);
    expect(statusOf(t)).toBe('done');
    // Finished, it is at no counter: what is refused is the move itself.
    expect(c.errorCode(await c.api('POST', `/tickets/${t}/complete`, {}, b.token))).toBe('invalid-transition');

    const t2 = await issue();
    await ok('/counters/1/call', a.token, { ticketId: t2 });
    await refused(`/tickets/${t2}/no-show`, b.token);
    await ok(`/tickets/${t2}/no-show`, a.token);
    // A no-show stays the counter's until it is returned to the queue.
    await refused(`/tickets/${t2}/return`, b.token);
    await refused(`/tickets/${t2}/cancel`, b.token);
    await ok(`/tickets/${t2}/return`, a.token);
    expect(statusOf(t2)).toBe('waiting');
    await ok('/counters/1/call', a.token, { ticketId: t2 });
    await refused(`/tickets/${t2}/cancel`, b.token);
    await ok(`/tickets/${t2}/cancel`, a.token);

    const t3 = await issue();
    await ok('/counters/1/call', a.token, { ticketId: t3 });
    await refused(`/tickets/${t3}/transfer`, b.token, { serviceId: 2 });
    await ok(`/tickets/${t3}/transfer`, a.token, { serviceId: 2 });
    expect(statusOf(t3)).toBe('transferred');
    // Queued again, it is at no counter: anyone may move it on.
    await ok(`/tickets/${t3}/cancel`, b.token);
  });

  it('refuses another clerk pausing or opening the counter', async () => {
    await refused('/counters/1/pause', b.token);
    await refused('/counters/1/open', b.token);
    await ok('/counters/1/pause', a.token);
    expect(hub.hub.queue.counters().find((x) => x.id === 1)!.open).toBe(false);
    await refused('/counters/1/open', b.token);
    await ok('/counters/1/open', a.token);
  });

  it('refuses a resume onto a counter someone else holds', async () => {
    // Counter 3 has nobody signed in: anyone may work there.
    const t = await issue(3);
    await ok('/counters/3/call', b.token, { ticketId: t });
    await ok(`/tickets/${t}/start`, b.token);
    await ok(`/tickets/${t}/hold`, b.token);
    await refused(`/tickets/${t}/resume`, b.token, { counterId: 1 });
    expect(statusOf(t)).toBe('held');
    await ok(`/tickets/${t}/resume`, a.token, { counterId: 1 });
    expect(hub.hub.queue.tickets.byId(t)!.counter_id).toBe(1);
    await ok(`/tickets/${t}/complete`, a.token);
  });

  it('lets a supervisor work there, and credits the supervisor, not the holder', async () => {
    const stats = async (token: string) => (await c.api('GET', '/me/stats', undefined, token)).body as unknown as MeStatsResponse;
    const holderBefore = await stats(a.token);
    const t = await issue();
    await ok('/counters/1/call', sup.token, { ticketId: t });
    await ok(`/tickets/${t}/complete`, sup.token);
    await ok('/counters/1/pause', sup.token);
    await ok('/counters/1/open', sup.token);
    expect(await stats(sup.token)).toMatchObject({ called: 1, served: 1 });
    expect(await stats(a.token)).toMatchObject({ called: holderBefore.called, served: holderBefore.served });
    expect(hub.hub.queue.holderOf(1)).toMatchObject({ id: a.id });
  });
});

describe('the sign-in is checked inside the change', () => {
  // A sign-in that commits after the request came in but before its group commit: made here right
  // after the route hands the change to the queue, in the same turn of the event loop.
  async function takeoverBeforeCommit(counterId: number, method: 'callSoon' | 'actSoon', send: () => Promise<unknown>) {
    const second = await hub.login('somchai', a.password);
    const user = hub.hub.sessions.authenticate(second)!;
    const queue = hub.hub.queue;
    const original = queue[method].bind(queue) as (...args: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(queue, method).mockImplementationOnce(((...args: unknown[]) => {
      const pending = original(...args);
      hub.hub.admin.signIns.signIn(counterId, user, hashToken(second));
      return pending;
    }) as never);
    try {
      return await send();
    } finally {
      spy.mockRestore();
    }
  }

  it('refuses a call-next when the counter is taken before the commit', async () => {
    const t = await issue(4);
    expect(hub.hub.queue.holderOf(4)).toBeNull();
    const res = (await takeoverBeforeCommit(4, 'callSoon', () => c.api('POST', '/counters/4/call-next', {}, b.token))) as Awaited<
      ReturnType<typeof c.api>
    >;
    expect(res.status, res.text).toBe(409);
    expect(c.errorCode(res)).toBe('counter-in-use');
    expect(statusOf(t)).toBe('waiting');
    expect(hub.hub.queue.holderOf(4)).toMatchObject({ id: a.id });
  });

  it('refuses a ticket action when its counter is taken before the commit', async () => {
    const t = await issue(3);
    expect(hub.hub.queue.holderOf(3)).toBeNull();
    await ok('/counters/3/call', b.token, { ticketId: t });
    const res = (await takeoverBeforeCommit(3, 'actSoon', () => c.api('POST', `/tickets/${t}/start`, {}, b.token))) as Awaited<
      ReturnType<typeof c.api>
    >;
    expect(res.status, res.text).toBe(409);
    expect(c.errorCode(res)).toBe('counter-in-use');
    expect(statusOf(t)).toBe('called');
  });
});
