// The role matrix: every route in the OpenAPI document, called as nobody, as a paired display and
// a paired kiosk (device tokens), and as staff, supervisor and admin. Refusals must be exactly
// 401 unauthorized (no or the wrong kind of login) or 403 forbidden (a role too low), in the
// docs/design.md §4.1 shape; allowed callers must never get 401/403 (nor a 5xx). Refusals come
// before validation: an empty or broken body or a spoiled path gets the same 401/403. The expected
// access of each route is in role-table.ts; a route missing from it fails here.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { assertGuardsOnRequest } from '../../src/http/auth-guard.js';
import { requireRole } from '../../src/http/context.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { loadOperations } from './openapi.js';
import { ROLE_TABLE, type Access, type Fixtures, type Row } from './role-table.js';
import { call, errorCode, errorShapeProblem, type Answer, type Call } from './support.js';

type Identity = 'anonymous' | 'display' | 'kiosk' | 'staff' | 'supervisor' | 'admin';
const IDENTITIES: Identity[] = ['anonymous', 'display', 'kiosk', 'staff', 'supervisor', 'admin'];
const RANK: Record<Identity, number> = { anonymous: 0, display: 0, kiosk: 0, staff: 1, supervisor: 2, admin: 3 };
const NEEDS: Partial<Record<Access, number>> = { staff: 1, supervisor: 2, admin: 3 };

let hub: TestHub;
const tokens: Partial<Record<Identity, string>> = {};
const passwords: Partial<Record<Identity, string>> = {};
let fixtures: Fixtures;

const api = (path: string, c: Parameters<typeof call>[2] = {}) => call(hub.url, `/api/v1${path}`, c);

async function created(path: string, body: unknown, key: string): Promise<number> {
  const a = await api(path, { body, token: tokens.admin });
  if (a.status !== 201) throw new Error(`${path}: ${a.status} ${a.text}`);
  return ((a.json as Record<string, { id: number }>)[key] as { id: number }).id;
}

async function pairedDevice(kind: 'kiosk' | 'display'): Promise<string> {
  const a = await api('/admin/devices', { body: { name: `${kind} for roles`, kind }, token: tokens.admin });
  const { pairingCode } = a.json as { pairingCode: string };
  const paired = await api('/devices/pair', { body: { code: pairingCode } });
  return (paired.json as { token: string }).token;
}

beforeAll(async () => {
  hub = await startTestHub();
  tokens.admin = await hub.login();
  passwords.admin = hub.adminPassword;
  for (const role of ['staff', 'supervisor'] as const) {
    passwords[role] = `${role}-role-matrix`;
    const id = await created('/admin/users', { username: role, displayName: role, role, password: passwords[role] }, 'user');
    tokens[role] = await hub.login(role, passwords[role]);
    if (role === 'staff') fixtures = { staffUser: id } as Fixtures;
  }
  tokens.display = await pairedDevice('display');
  tokens.kiosk = await pairedDevice('kiosk');
  const ticket = ((await api('/tickets', { body: { serviceId: 1 } })).json as { ticket: Ticket }).ticket;
  fixtures = {
    ...fixtures,
    trackingCode: ticket.trackingCode,
    ticketId: ticket.id,
    spareService: await created('/admin/services', { code: 'ZR', name: { th: 'ชั่วคราว', en: 'Spare' } }, 'service'),
    spareCounter: await created('/admin/counters', { names: { th: 'ชั่วคราว', en: 'Spare' } }, 'counter'),
    spareDevice: await created('/admin/devices', { name: 'Spare', kind: 'display' }, 'device'),
    repairDevice: await created('/admin/devices', { name: 'To re-pair', kind: 'kiosk' }, 'device'),
  };
});
afterAll(() => hub.dispose());

/** 'allowed', or the exact refusal this identity must get. */
function expected(access: Access, who: Identity): 'allowed' | 401 | 403 {
  if (access === 'public') return 'allowed';
  if (access === 'device') return who === 'display' || who === 'kiosk' ? 'allowed' : 401;
  if (access === 'citizen') return 401;
  if (RANK[who] === 0) return 401;
  return RANK[who] >= (NEEDS[access] ?? 0) ? 'allowed' : 403;
}

async function send(method: string, route: string, row: Row, who: Identity): Promise<Answer> {
  const path = row.path ? row.path(fixtures) : route.replace(/\{[^}]+\}/g, '1');
  // Logging out ends the session: that call gets a login of its own.
  const token =
    route === '/auth/logout' && RANK[who] > 0 ? await hub.login(who === 'admin' ? 'admin' : who, passwords[who]) : tokens[who];
  return api(path, {
    method,
    ...(token ? { token } : {}),
    ...(row.raw
      ? { body: row.raw.data.toString('latin1'), contentType: row.raw.contentType }
      : row.body !== undefined
        ? { body: row.body }
        : {}),
  });
}

const rows = Object.entries(ROLE_TABLE).map(([key, row]) => {
  const [method, route] = key.split(' ') as [string, string];
  return [key, method, route, row] as const;
});

describe('the role matrix', () => {
  it('has a row for every documented route, and no row for a route that is gone', async () => {
    const documented = (await loadOperations(hub.url)).map((op) => op.key);
    expect(
      documented.filter((k) => !(k in ROLE_TABLE)),
      'routes without a row in role-table.ts',
    ).toEqual([]);
    expect(
      Object.keys(ROLE_TABLE).filter((k) => !documented.includes(k)),
      'rows for routes that are gone',
    ).toEqual([]);
  });

  it.each(rows)('%s', async (_key, method, route, row) => {
    // Refusals first (they change nothing), then the allowed callers from the lowest role up.
    if (row.sameForAll) {
      const answers = await Promise.all(IDENTITIES.map(async (who) => (await send(method, route, row, who)).status));
      expect(new Set(answers).size, `${method} ${route}: ${answers.join(' ')}`).toBe(1);
      expect(answers[0]).toBeLessThan(500);
      return;
    }
    const order = [...IDENTITIES].sort(
      (a, b) => Number(expected(row.access, a) === 'allowed') - Number(expected(row.access, b) === 'allowed'),
    );
    for (const who of order) {
      const want = expected(row.access, who);
      const a = await send(method, route, row, who);
      const what = `${method} ${route} as ${who} → ${a.status} ${a.text.slice(0, 200)}`;
      expect(a.status, what).toBeLessThan(500);
      if (want === 'allowed') {
        expect([401, 403], what).not.toContain(a.status);
      } else {
        expect(a.status, what).toBe(want);
        expect(errorShapeProblem(a), what).toBeNull();
        expect(errorCode(a), what).toBe(want === 401 ? 'unauthorized' : 'forbidden');
      }
    }
  });

  // The login is checked before the body or the path is looked at: a caller who may not call a
  // route learns nothing of what it wants (no 400 naming a field), and sends no body worth parsing.
  const guarded = rows.filter(([, , , row]) => row.access !== 'public');
  const spoiled: Array<[string, Pick<Call, 'body' | 'contentType'>, boolean]> = [
    ['an empty body', { body: {} }, false],
    ['a broken JSON body', { body: '{"', contentType: 'application/json' }, false],
    ['a path that does not parse and a body of the wrong type', { body: '[1]', contentType: 'application/json' }, true],
  ];
  it.each(guarded)('%s refuses before validation', async (_key, method, route, row) => {
    for (const who of IDENTITIES) {
      const want = expected(row.access, who);
      if (want === 'allowed') continue;
      for (const [what, body, badPath] of spoiled) {
        const path = badPath ? route.replace(/\{[^}]+\}/g, 'not-a-number') : row.path ? row.path(fixtures) : route;
        const token = tokens[who];
        const a = await api(path.replace(/\{[^}]+\}/g, '1'), { method, ...(token ? { token } : {}), ...body });
        const said = `${method} ${path} as ${who} with ${what} → ${a.status} ${a.text.slice(0, 200)}`;
        expect(a.status, said).toBe(want);
        expect(errorShapeProblem(a), said).toBeNull();
        expect(errorCode(a), said).toBe(want === 401 ? 'unauthorized' : 'forbidden');
      }
    }
  });

  it('refuses to build a route whose login check would run after validation', async () => {
    const app = Fastify();
    app.addHook('onRoute', assertGuardsOnRequest);
    expect(() => app.post('/x', { preHandler: requireRole(hub.hub.sessions, 'staff') }, async () => ({}))).toThrow(/onRequest/);
    await app.close();
  });

  it('still knows every identity after the matrix (no call above ended a login it should not)', async () => {
    for (const who of ['staff', 'supervisor', 'admin'] as const)
      expect((await api('/auth/me', { token: tokens[who] })).status).toBe(200);
    for (const who of ['display', 'kiosk'] as const) expect((await api('/devices/me', { token: tokens[who] })).status).toBe(200);
  });
});
