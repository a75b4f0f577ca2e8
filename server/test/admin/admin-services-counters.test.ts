// Admin: services and counters. Every change is validated, audited and announced to the screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminCounter, AdminService, AuditResponse, Service } from '@oss/shared';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  c = client(hub);
  admin = await hub.login();
});
afterAll(() => hub.dispose());

const lastAudit = async (entity: string) =>
  ((await c.api('GET', `/admin/audit?entity=${entity}&limit=1`, undefined, admin)).body as AuditResponse).entries[0]!;
const eventTypesSince = (v: number) => hub.hub.queue.log.since(v, 100).map((e) => e.type);
const publicServices = async () => (await c.api('GET', '/services')).body.services as Service[];

describe('admin: services', () => {
  let id = 0;

  it('lists every service, with whether it has tickets', async () => {
    await c.api('POST', '/tickets', { serviceId: 1 });
    const { services } = (await c.api('GET', '/admin/services', undefined, admin)).body as { services: AdminService[] };
    expect(services.map((s) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(services[0]).toMatchObject({ id: 1, hasTickets: true, active: true, openTime: null, dailyCap: null });
    expect(services[1]!.hasTickets).toBe(false);
  });

  it('creates a service with defaults, audits it and makes the screens resync', async () => {
    const v = hub.hub.queue.log.latestVersion();
    const res = await c.api(
      'POST',
      '/admin/services',
      {
        code: 'WS',
        name: { th: 'งานสวัสดิการ', en: 'Welfare' },
        documents: [{ th: 'บัตรประชาชน', en: 'ID card' }],
        openTime: '08:30',
        closeTime: '15:30',
        dailyCap: 50,
      },
      admin,
    );
    expect(res.status).toBe(201);
    const service = res.body.service as AdminService;
    id = service.id;
    expect(service).toMatchObject({
      code: 'WS',
      avgServiceMinutes: 10,
      active: true,
      sortOrder: 8,
      description: { th: '', en: '' },
      hasTickets: false,
    });
    expect(eventTypesSince(v)).toEqual(['config.changed']);
    expect(await lastAudit('service')).toMatchObject({
      action: 'create',
      entityId: String(id),
      before: null,
      after: { code: 'WS', dailyCap: 50 },
    });
    expect((await publicServices()).map((s) => s.code)).toContain('WS');
  });

  it('refuses bad input with 400 and a taken code with 409', async () => {
    const bad: unknown[] = [
      { code: 'ws', name: { th: 'x', en: 'x' } },
      { code: 'ABCD', name: { th: 'x', en: 'x' } },
      { code: 'Q', name: { th: '', en: 'x' } },
      { code: 'Q', name: { th: 'x', en: 'x' }, openTime: '08:00' },
      { code: 'Q', name: { th: 'x', en: 'x' }, openTime: '17:00', closeTime: '08:00' },
      { code: 'Q', name: { th: 'x', en: 'x' }, openTime: '8:00', closeTime: '16:00' },
      { code: 'Q', name: { th: 'x', en: 'x' }, dailyCap: 0 },
      { code: 'Q', name: { th: 'x', en: 'x' }, avgServiceMinutes: 1.5 },
    ];
    for (const body of bad) expect((await c.api('POST', '/admin/services', body, admin)).status, JSON.stringify(body)).toBe(400);
    const taken = await c.api('POST', '/admin/services', { code: 'A', name: { th: 'x', en: 'x' } }, admin);
    expect(taken.status).toBe(409);
    expect(c.errorCode(taken)).toBe('code-taken');
    expect(c.errorCode(await c.api('PATCH', `/admin/services/${id}`, { code: 'B' }, admin))).toBe('code-taken');
    // Hours are checked against what the service already has.
    expect((await c.api('PATCH', `/admin/services/${id}`, { openTime: '16:00' }, admin)).status).toBe(400);
    expect(c.errorCode(await c.api('PATCH', '/admin/services/999', { active: false }, admin))).toBe('service-not-found');
  });

  it('edits a service; a deactivated one leaves the kiosk', async () => {
    const res = await c.api(
      'PATCH',
      `/admin/services/${id}`,
      { name: { th: 'งานสวัสดิการสังคม', en: 'Social welfare' }, openTime: null, closeTime: null, active: false },
      admin,
    );
    expect(res.status).toBe(200);
    expect(res.body.service).toMatchObject({ name: { th: 'งานสวัสดิการสังคม' }, openTime: null, active: false, dailyCap: 50 });
    expect((await publicServices()).map((s) => s.code)).not.toContain('WS');
    expect(c.errorCode(await c.api('POST', '/tickets', { serviceId: id }))).toBe('service-closed');
    expect(await lastAudit('service')).toMatchObject({
      action: 'update',
      before: { active: true, openTime: '08:30' },
      after: { active: false, openTime: null },
    });
  });

  it('deletes a service without tickets, refuses one with tickets', async () => {
    const used = await c.api('DELETE', '/admin/services/1', undefined, admin);
    expect(used.status).toBe(409);
    expect(c.errorCode(used)).toBe('service-has-tickets');
    expect((await c.api('DELETE', `/admin/services/${id}`, undefined, admin)).status).toBe(204);
    expect((await c.api('GET', `/admin/services/${id}`, undefined, admin)).status).toBe(404);
    expect(await lastAudit('service')).toMatchObject({ action: 'delete', before: { code: 'WS' }, after: null });
  });

  it('refuses to delete a service that only received transfers', async () => {
    const svc = (
      (await c.api('POST', '/admin/services', { code: 'TR', name: { th: 'รับโอน', en: 'Transfers' } }, admin)).body
        .service as AdminService
    ).id;
    const t = (await c.api('POST', '/tickets', { serviceId: 2 })).body.ticket as { id: number };
    expect((await c.api('POST', `/tickets/${t.id}/transfer`, { serviceId: svc }, admin)).status).toBe(200);
    expect(c.errorCode(await c.api('DELETE', `/admin/services/${svc}`, undefined, admin))).toBe('service-has-tickets');
  });
});

describe('admin: counters', () => {
  let id = 0;

  it('creates a counter with its ordered services and calling ratio', async () => {
    const v = hub.hub.queue.log.latestVersion();
    const res = await c.api(
      'POST',
      '/admin/counters',
      { names: { th: 'ช่องบริการ 5', en: 'Counter 5' }, serviceIds: [3, 1], normalPerPriority: 3 },
      admin,
    );
    expect(res.status).toBe(201);
    const counter = res.body.counter as AdminCounter;
    id = counter.id;
    expect(counter).toMatchObject({ serviceIds: [3, 1], normalPerPriority: 3, open: true, staff: null, sortOrder: 4 });
    expect(eventTypesSince(v)).toEqual(['config.changed']);
    expect(((await c.api('GET', '/counters')).body.counters as Array<{ id: number }>).map((x) => x.id)).toContain(id);
  });

  it('validates services and ratio', async () => {
    expect(c.errorCode(await c.api('POST', '/admin/counters', { names: { th: 'x', en: 'x' }, serviceIds: [999] }, admin))).toBe(
      'service-not-found',
    );
    expect((await c.api('POST', '/admin/counters', { names: { th: 'x', en: 'x' }, serviceIds: [1, 1] }, admin)).status).toBe(400);
    expect((await c.api('PATCH', `/admin/counters/${id}`, { normalPerPriority: -1 }, admin)).status).toBe(400);
    expect(c.errorCode(await c.api('PATCH', '/admin/counters/999', { normalPerPriority: 1 }, admin))).toBe('counter-not-found');
  });

  it('edits a counter: services reordered, ratio changed, screens told with counter.updated', async () => {
    const v = hub.hub.queue.log.latestVersion();
    const res = await c.api(
      'PATCH',
      `/admin/counters/${id}`,
      { serviceIds: [2, 3], normalPerPriority: 0, names: { th: 'ช่อง 5', en: 'Desk 5' } },
      admin,
    );
    expect(res.status).toBe(200);
    expect(res.body.counter).toMatchObject({ serviceIds: [2, 3], normalPerPriority: 0, names: { th: 'ช่อง 5' } });
    const events = hub.hub.queue.log.since(v, 10);
    expect(events.map((e) => [e.type, e.counter?.serviceIds])).toEqual([['counter.updated', [2, 3]]]);
    expect(await lastAudit('counter')).toMatchObject({
      action: 'update',
      before: { serviceIds: [3, 1] },
      after: { serviceIds: [2, 3] },
    });
    // The calling follows the new setup at once.
    const t = (await c.api('POST', '/tickets', { serviceId: 2 })).body.ticket as { id: number };
    expect(((await c.api('POST', `/counters/${id}/call-next`, {}, admin)).body.ticket as { id: number }).id).toBe(t.id);
  });

  it('archives a counter with history (after its ticket is finished), deletes one without', async () => {
    const busy = await c.api('DELETE', `/admin/counters/${id}`, undefined, admin);
    expect(c.errorCode(busy)).toBe('counter-busy');
    const current = hub.hub.queue.tickets.atCounter(id)!;
    await c.api('POST', `/tickets/${current.id}/complete`, {}, admin);
    expect((await c.api('DELETE', `/admin/counters/${id}`, undefined, admin)).body).toEqual({ result: 'archived' });
    expect(((await c.api('GET', '/counters')).body.counters as Array<{ id: number }>).map((x) => x.id)).not.toContain(id);
    expect(c.errorCode(await c.api('POST', `/counters/${id}/call-next`, {}, admin))).toBe('counter-not-found');
    expect(await lastAudit('counter')).toMatchObject({ action: 'archive', entityId: String(id) });

    const fresh = (
      (await c.api('POST', '/admin/counters', { names: { th: 'ผิด', en: 'Mistake' } }, admin)).body.counter as AdminCounter
    ).id;
    expect((await c.api('DELETE', `/admin/counters/${fresh}`, undefined, admin)).body).toEqual({ result: 'deleted' });
    expect((await c.api('GET', `/admin/counters/${fresh}`, undefined, admin)).status).toBe(404);
  });
});
