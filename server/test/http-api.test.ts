import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, TicketResponse, type Ticket } from '@oss/shared';
import { startTestHub, type TestHub } from '../../test/support/hub.js';

let hub: TestHub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.login();
});
afterAll(() => hub.dispose());

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
const staff = () => ({ authorization: `Bearer ${token}` });
const take = async (serviceId = 1, extra: Record<string, unknown> = {}) =>
  TicketResponse.parse((await api('POST', '/tickets', { serviceId, ...extra })).body).ticket;

describe('HTTP API', () => {
  it('answers health and the services with their documents', async () => {
    expect(await api('GET', '/health')).toEqual({ status: 200, body: { status: 'ok', version: '0.1.0' } });
    const { body } = await api('GET', '/services');
    const services = body.services as Array<{ code: string; documents: unknown[]; open: boolean; waiting: number }>;
    expect(services.map((s) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(services[0]!.documents.length).toBeGreaterThan(0);
    expect(services.every((s) => s.open && typeof s.waiting === 'number')).toBe(true);
  });

  it('gives 200 concurrent ticket requests 200 unique numbers with no gaps', async () => {
    const tickets = await Promise.all(Array.from({ length: 200 }, () => take(3)));
    const seqs = tickets.map((t) => Number(t.number.slice(1))).sort((a, b) => a - b);
    expect(new Set(tickets.map((t) => t.number)).size).toBe(200);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('returns the same ticket for a repeated Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'kiosk-2:6f1c' };
    const first = await api('POST', '/tickets', { serviceId: 2 }, headers);
    const again = await api('POST', '/tickets', { serviceId: 2 }, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const reused = await api('POST', '/tickets', { serviceId: 4 }, headers);
    expect(reused.status).toBe(409);
    expect(ErrorBody.parse(reused.body).error.code).toBe('idempotency-key-reused');
    expect((await api('POST', '/tickets', { serviceId: 2 }, { 'idempotency-key': 'x'.repeat(200) })).status).toBe(400);
  });

  it('refuses bad input with the error envelope and changes nothing', async () => {
    const before = (await api('GET', '/services')).body;
    const cases: Array<[unknown, number]> = [
      [{}, 400],
      [{ serviceId: 'A' }, 400],
      [{ serviceId: 1, priority: 'vip' }, 400],
      [{ serviceId: 1, channel: 'fax' }, 400],
      [{ serviceId: -1 }, 400],
      [{ serviceId: 1.5 }, 400],
      [{ serviceId: 999 }, 404],
      ['{"serviceId":', 400],
      ['null', 400],
      ['[]', 400],
    ];
    for (const [body, status] of cases) {
      const res = await api('POST', '/tickets', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(ErrorBody.safeParse(res.body).success).toBe(true);
    }
    const huge = await api('POST', '/tickets', { serviceId: 1, pad: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(ErrorBody.parse(huge.body).error.code).toBe('payload-too-large');
    const form = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'serviceId=1',
    });
    expect(form.status).toBe(415);
    expect((await api('GET', '/services')).body).toEqual(before);
    expect((await api('GET', '/no/such/thing')).status).toBe(404);
  });

  it('tracks a ticket, cancels it for the citizen, and rates a served one once', async () => {
    const t = await take(5);
    const tracked = await api('GET', `/tickets/track/${t.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ ticket: { id: t.id, number: t.number }, ahead: 0, nowServing: [] });
    expect((await api('GET', '/tickets/track/NOPE0000')).status).toBe(404);
    expect((await api('GET', '/tickets/track/../../etc')).status).toBe(404);
    expect((await api('POST', `/tickets/track/${t.trackingCode}/rating`, { score: 5 })).status).toBe(409);
    expect((await api('POST', `/tickets/track/${t.trackingCode}/cancel`, {})).body).toMatchObject({
      ticket: { status: 'cancelled' },
    });

    const served = await take(5);
    const called = await api('POST', '/counters/4/call-next', {}, staff());
    expect((called.body.ticket as Ticket).id).toBe(served.id);
    await api('POST', `/tickets/${served.id}/complete`, {}, staff());
    expect((await api('POST', `/tickets/track/${served.trackingCode}/rating`, { score: 9 })).status).toBe(400);
    expect((await api('POST', `/tickets/track/${served.trackingCode}/rating`, { score: 5, comment: 'ดีมาก' })).status).toBe(201);
    const again = await api('POST', `/tickets/track/${served.trackingCode}/rating`, { score: 1 });
    expect(again.status).toBe(409);
    expect(ErrorBody.parse(again.body).error.code).toBe('already-rated');
  });

  it('needs a staff login for counter work and refuses a bad one', async () => {
    expect((await api('POST', '/counters/1/call-next', {})).status).toBe(401);
    expect((await api('POST', '/counters/1/call-next', {}, { authorization: 'Bearer nonsense' })).status).toBe(401);
    const bad = await api('POST', '/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(bad.status).toBe(401);
    expect(ErrorBody.parse(bad.body).error.code).toBe('unauthorized');
    expect((await api('POST', '/auth/login', { username: 'nobody', password: 'x' })).status).toBe(401);
    expect((await api('GET', '/auth/me', undefined, staff())).body).toMatchObject({ user: { username: 'admin', role: 'admin' } });
  });

  it('runs a ticket through a counter and answers an illegal step with 409', async () => {
    const t = await take(6);
    const { body } = await api('POST', '/counters/4/call-next', {}, staff());
    expect(body.ticket).toMatchObject({ id: t.id, status: 'called', counter: { id: 4, name: 'ช่องบริการ 4' } });
    const illegal = await api('POST', `/tickets/${t.id}/resume`, {}, staff());
    expect(illegal.status).toBe(409);
    expect(ErrorBody.parse(illegal.body).error.code).toBe('invalid-transition');
    for (const [action, status] of [
      ['recall', 'called'],
      ['start', 'serving'],
      ['hold', 'held'],
      ['resume', 'serving'],
    ] as const) {
      const res = await api('POST', `/tickets/${t.id}/${action}`, {}, staff());
      expect(res.status, action).toBe(200);
      expect((res.body.ticket as Ticket).status).toBe(status);
    }
    const moved = await api('POST', `/tickets/${t.id}/transfer`, { serviceId: 1, note: 'ย้ายไปงานทะเบียน' }, staff());
    expect(moved.body.ticket).toMatchObject({ number: t.number, status: 'transferred', serviceId: 1 });
    expect((await api('POST', `/tickets/${t.id}/transfer`, { serviceId: 'x' }, staff())).status).toBe(400);
    expect((await api('POST', `/tickets/999999/start`, {}, staff())).status).toBe(404);
    expect((await api('POST', `/tickets/abc/start`, {}, staff())).status).toBe(400);
    const spec = await api('POST', '/counters/1/call', { ticketId: t.id }, staff());
    expect(spec.body.ticket).toMatchObject({ id: t.id, status: 'called' });
  });

  it('shows counters to anyone, but the current ticket’s private fields only to staff', async () => {
    const anon = (await api('GET', '/counters')).body.counters as Array<{ current: Record<string, unknown> | null }>;
    const busy = anon.find((c) => c.current)!;
    expect(busy.current).not.toHaveProperty('trackingCode');
    expect(busy.current).not.toHaveProperty('priority');
    const mine = (await api('GET', '/counters', undefined, staff())).body.counters as Array<{
      current: Record<string, unknown> | null;
    }>;
    expect(mine.find((c) => c.current)!.current).toHaveProperty('trackingCode');
  });

  it('pauses and opens a counter', async () => {
    const paused = await api('POST', '/counters/4/pause', {}, staff());
    expect(paused.body).toMatchObject({ counter: { id: 4, open: false } });
    expect(ErrorBody.parse((await api('POST', '/counters/4/call-next', {}, staff())).body).error.code).toBe('counter-closed');
    expect((await api('POST', '/counters/4/open', {}, staff())).body).toMatchObject({ counter: { id: 4, open: true } });
  });

  it('publishes its OpenAPI document from the schemas', async () => {
    const { status, body } = await api('GET', '/openapi.json');
    expect(status).toBe(200);
    const paths = Object.keys(body.paths as object);
    for (const p of [
      '/api/v1/tickets',
      '/api/v1/tickets/track/{trackingCode}',
      '/api/v1/counters/{id}/call-next',
      '/api/v1/tickets/{id}/no-show',
      '/api/v1/tickets/{id}/transfer',
      '/api/v1/auth/login',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('serves the landing page and the apps’ routes', async () => {
    const landing = await fetch(`${hub.url}/`);
    expect(await landing.text()).toContain('/kiosk/');
    const redirect = await fetch(`${hub.url}/display`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/display/');
    const withQuery = await fetch(`${hub.url}/kiosk?idle=30`, { redirect: 'manual' });
    expect(withQuery.headers.get('location')).toBe('/kiosk/?idle=30');
  });
});
