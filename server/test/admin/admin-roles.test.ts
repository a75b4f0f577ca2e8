// Every admin and report route, by role: nobody → 401, staff → 403, supervisor → 403 except the
// reports and the day close, admin → 2xx. The table is checked against the OpenAPI document, so a
// new admin route without a row here fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

let hub: TestHub;
let c: ReturnType<typeof client>;
const tokens: Record<'admin' | 'supervisor' | 'staff', string> = { admin: '', supervisor: '', staff: '' };
const ids = { service: 0, spareService: 0, counter: 0, spareCounter: 0, user: 0, device: 0, spareDevice: 0 };

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as OpenAPI names it. */
  route: string;
  /** The concrete path, once the fixtures exist. */
  path: () => string;
  body?: unknown;
  /** The lowest role allowed. */
  min: 'supervisor' | 'admin';
  ok: number;
}

const day = '2026-11-25';
const ROWS: Row[] = [
  { method: 'GET', route: '/admin/services', path: () => '/admin/services', min: 'admin', ok: 200 },
  {
    method: 'POST',
    route: '/admin/services',
    path: () => '/admin/services',
    body: { code: 'RA', name: { th: 'ทดสอบ', en: 'Test' } },
    min: 'admin',
    ok: 201,
  },
  { method: 'GET', route: '/admin/services/{id}', path: () => `/admin/services/${ids.service}`, min: 'admin', ok: 200 },
  {
    method: 'PATCH',
    route: '/admin/services/{id}',
    path: () => `/admin/services/${ids.service}`,
    body: { sortOrder: 50 },
    min: 'admin',
    ok: 200,
  },
  { method: 'DELETE', route: '/admin/services/{id}', path: () => `/admin/services/${ids.spareService}`, min: 'admin', ok: 204 },
  { method: 'GET', route: '/admin/counters', path: () => '/admin/counters', min: 'admin', ok: 200 },
  {
    method: 'POST',
    route: '/admin/counters',
    path: () => '/admin/counters',
    body: { names: { th: 'ช่อง 9', en: 'Counter 9' } },
    min: 'admin',
    ok: 201,
  },
  { method: 'GET', route: '/admin/counters/{id}', path: () => `/admin/counters/${ids.counter}`, min: 'admin', ok: 200 },
  {
    method: 'PATCH',
    route: '/admin/counters/{id}',
    path: () => `/admin/counters/${ids.counter}`,
    body: { normalPerPriority: 1 },
    min: 'admin',
    ok: 200,
  },
  { method: 'DELETE', route: '/admin/counters/{id}', path: () => `/admin/counters/${ids.spareCounter}`, min: 'admin', ok: 200 },
  { method: 'GET', route: '/admin/users', path: () => '/admin/users', min: 'admin', ok: 200 },
  {
    method: 'POST',
    route: '/admin/users',
    path: () => '/admin/users',
    body: { username: 'newbie', displayName: 'มือใหม่', role: 'staff', password: 'newbie-password' },
    min: 'admin',
    ok: 201,
  },
  { method: 'GET', route: '/admin/users/{id}', path: () => `/admin/users/${ids.user}`, min: 'admin', ok: 200 },
  {
    method: 'PATCH',
    route: '/admin/users/{id}',
    path: () => `/admin/users/${ids.user}`,
    body: { displayName: 'สมศรี ใจดี' },
    min: 'admin',
    ok: 200,
  },
  { method: 'GET', route: '/admin/devices', path: () => '/admin/devices', min: 'admin', ok: 200 },
  {
    method: 'POST',
    route: '/admin/devices',
    path: () => '/admin/devices',
    body: { name: 'Kiosk 2', kind: 'kiosk' },
    min: 'admin',
    ok: 201,
  },
  { method: 'GET', route: '/admin/devices/{id}', path: () => `/admin/devices/${ids.device}`, min: 'admin', ok: 200 },
  {
    method: 'PATCH',
    route: '/admin/devices/{id}',
    path: () => `/admin/devices/${ids.device}`,
    body: { name: 'Lobby kiosk' },
    min: 'admin',
    ok: 200,
  },
  {
    method: 'POST',
    route: '/admin/devices/{id}/pairing-code',
    path: () => `/admin/devices/${ids.device}/pairing-code`,
    min: 'admin',
    ok: 200,
  },
  { method: 'DELETE', route: '/admin/devices/{id}', path: () => `/admin/devices/${ids.spareDevice}`, min: 'admin', ok: 204 },
  { method: 'GET', route: '/admin/settings', path: () => '/admin/settings', min: 'admin', ok: 200 },
  {
    method: 'PATCH',
    route: '/admin/settings',
    path: () => '/admin/settings',
    body: { office: { announcement: { th: 'ประกาศ', en: 'Notice' } } },
    min: 'admin',
    ok: 200,
  },
  { method: 'GET', route: '/admin/terms', path: () => '/admin/terms', min: 'admin', ok: 200 },
  // Voice sets: past the role check an admin gets the route's own answer (a JSON body is not a WAV;
  // the set has no such clip); server/test/voice covers the uploads themselves.
  {
    method: 'PUT',
    route: '/admin/voice-sets/{set}/clips/{clip}',
    path: () => '/admin/voice-sets/office/clips/ka',
    min: 'admin',
    ok: 415,
  },
  {
    method: 'DELETE',
    route: '/admin/voice-sets/{set}/clips/{clip}',
    path: () => '/admin/voice-sets/office/clips/ka',
    min: 'admin',
    ok: 404,
  },
  { method: 'DELETE', route: '/admin/voice-sets/{set}', path: () => '/admin/voice-sets/office', min: 'admin', ok: 404 },
  {
    method: 'POST',
    route: '/admin/terms',
    path: () => '/admin/terms',
    body: { text: { th: 'ข้อตกลง', en: 'Terms' } },
    min: 'admin',
    ok: 201,
  },
  { method: 'GET', route: '/admin/audit', path: () => '/admin/audit', min: 'admin', ok: 200 },
  { method: 'GET', route: '/admin/backups', path: () => '/admin/backups', min: 'admin', ok: 200 },
  { method: 'POST', route: '/admin/backups', path: () => '/admin/backups', min: 'admin', ok: 201 },
  { method: 'GET', route: '/reports/summary', path: () => `/reports/summary?from=${day}`, min: 'supervisor', ok: 200 },
  {
    method: 'GET',
    route: '/reports/summary.csv',
    path: () => `/reports/summary.csv?from=${day}&to=${day}`,
    min: 'supervisor',
    ok: 200,
  },
  { method: 'POST', route: '/day/close', path: () => '/day/close', min: 'supervisor', ok: 200 },
];

beforeAll(async () => {
  hub = await startTestHub();
  c = client(hub);
  tokens.admin = await hub.login();
  tokens.supervisor = (await c.staffUser(tokens.admin, 'sup', 'supervisor')).token;
  const staff = await c.staffUser(tokens.admin, 'somsri', 'staff');
  tokens.staff = staff.token;
  ids.user = staff.id;
  ids.service = 1;
  ids.counter = 1;
  const created = async (path: string, body: unknown, key: string) => {
    const res = await c.api('POST', path, body, tokens.admin);
    expect(res.status, path).toBe(201);
    return (res.body[key] as { id: number }).id;
  };
  ids.spareService = await created('/admin/services', { code: 'ZZ', name: { th: 'ชั่วคราว', en: 'Spare' } }, 'service');
  ids.spareCounter = await created('/admin/counters', { names: { th: 'ชั่วคราว', en: 'Spare' } }, 'counter');
  ids.device = await created('/admin/devices', { name: 'Kiosk 1', kind: 'kiosk' }, 'device');
  ids.spareDevice = await created('/admin/devices', { name: 'Display 9', kind: 'display' }, 'device');
});
afterAll(() => hub.dispose());

describe('admin routes by role', () => {
  it('has a row for every admin and report route in the OpenAPI document', async () => {
    const spec = (await c.api('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths)
      .filter(([p]) => p.startsWith('/api/v1/admin/') || p.startsWith('/api/v1/reports/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.slice('/api/v1'.length)}`));
    const table = ROWS.map((r) => `${r.method} ${r.route}`);
    expect(documented.filter((d) => !table.includes(d))).toEqual([]);
    expect(documented.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ROWS.map((r) => [`${r.method} ${r.route}`, r] as const))('%s: nobody 401, staff 403', async (_name, row) => {
    const anon = await c.api(row.method, row.path(), row.body);
    expect(anon.status).toBe(401);
    expect(c.errorCode(anon)).toBe('unauthorized');
    const staff = await c.api(row.method, row.path(), row.body, tokens.staff);
    expect(staff.status).toBe(403);
    expect(c.errorCode(staff)).toBe('forbidden');
    const bad = await c.api(row.method, row.path(), row.body, 'not-a-token');
    expect(bad.status).toBe(401);
  });

  it.each(ROWS.map((r) => [`${r.method} ${r.route}`, r] as const))(
    '%s: supervisor per role, admin allowed',
    async (_name, row) => {
      const sup = await c.api(row.method, row.path(), row.body, tokens.supervisor);
      if (row.min === 'admin') {
        expect(sup.status).toBe(403);
        expect(c.errorCode(sup)).toBe('forbidden');
      } else {
        expect(sup.status).toBe(row.ok);
      }
      const admin = await c.api(row.method, row.path(), row.body, tokens.admin);
      expect(admin.status, admin.text).toBe(row.ok);
    },
  );

  it('answers junk input with 4xx on every route, never 5xx', async () => {
    const junk: unknown[] = [
      null,
      [],
      'text',
      42,
      {},
      { code: 5, name: 'x', openTime: 5, closeTime: {}, serviceIds: 'all', names: [], username: {}, role: 1, password: null },
      { code: 'A', name: { th: 'x', en: 'x' }, openTime: '99:99', closeTime: '00:00', documents: [{}] },
      { names: { th: 'x', en: 'x' }, serviceIds: [0, -1, 1.5], normalPerPriority: 'two' },
      { name: 'x', kind: 'kiosk', settings: { printer: { url: 'tcp://:' }, languages: ['fr'] } },
      { name: 'x', kind: 'display', settings: { languages: [] } },
      { office: { dayCloseTime: 1630 }, line: { channelSecret: '' }, mail: null },
      { text: { th: 'x' } },
    ];
    const paths = [
      ...ROWS.map((r) => [r.method, r.path()] as const),
      ['POST', '/devices/pair'] as const,
      ['POST', '/counters/1/sign-in'] as const,
    ];
    for (const [method, path] of paths) {
      for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : junk) {
        const res = await c.api(method, path, body, tokens.admin);
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    for (const q of [
      '?from=2026-1-1',
      '?from=x&to=y',
      '?from=2026-02-29',
      '?from[]=1',
      '?from=2026-01-01&from=2026-01-02',
      '?limit=abc&before=-1',
    ]) {
      for (const path of ['/reports/summary', '/reports/summary.csv', '/admin/audit']) {
        expect((await c.api('GET', `${path}${q}`, undefined, tokens.admin)).status, `${path}${q}`).toBeLessThan(500);
      }
    }
    for (const id of ['0', '-1', 'abc', '99999999999', '1.5']) {
      expect((await c.api('GET', `/admin/services/${id}`, undefined, tokens.admin)).status).toBeLessThan(500);
    }
  });

  it('lets staff read their own figures and sign in, but nobody without a login', async () => {
    expect((await c.api('GET', '/me/stats')).status).toBe(401);
    expect((await c.api('GET', '/me/stats', undefined, tokens.staff)).status).toBe(200);
    expect((await c.api('POST', '/counters/2/sign-in', {})).status).toBe(401);
    expect((await c.api('POST', '/counters/2/sign-in', {}, tokens.staff)).status).toBe(200);
    expect((await c.api('POST', '/counters/2/sign-out', undefined, tokens.staff)).status).toBe(200);
  });
});
