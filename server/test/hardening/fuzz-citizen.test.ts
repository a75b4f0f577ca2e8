// Property-based bad input over the citizen's side of the hub, the way fuzz-http.test.ts covers
// every route: each route of the portal in the hub's own OpenAPI document (register, login,
// logout, password reset, profile, terms, requests, documents, bookings, feedback: routes added
// later are covered too), called as a logged-in citizen (the cookie), as another citizen, with a
// stale or junk cookie and as nobody, with random path parameters (real ids of both citizens
// among them), query strings and bodies. For every answer: no 5xx; every 4xx in the error shape; a
// refused request changed nothing (SQLite's data_version, from a second connection). And one
// citizen never reads what belongs to another. Bounded: OSS_FUZZ_RUNS cases per route (default 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCid, PDF } from '../portal/portal-kit.js';
import { bodyArb, pathParamArb, queryArb, type FuzzBody } from './arbitraries.js';
import { API_PREFIX, fillPath, loadOperations, type Operation } from './openapi.js';
import { call, errorShapeProblem, type Answer } from './support.js';
import { watchedHub } from './watched-hub.js';

const RUNS = Number(process.env.OSS_FUZZ_RUNS ?? 10);
const SEED = process.env.OSS_FUZZ_SEED ? Number(process.env.OSS_FUZZ_SEED) : undefined;
/** The citizen's side: what the portal and a citizen's phone call. */
const CITIZEN_ROUTES = /^\/(citizens|requests|bookings|feedback|documents)(\/|$)/;

const { hub, digest } = await watchedHub({
  OSS_SEED: 'demo',
  // Reset links need the hub's public address; no mail server, so none leaves.
  OSS_PUBLIC_URL: 'http://portal.example.test',
});
const base = hub.url;

const cookieOf = (a: Answer): string | null => {
  const m = /oss_citizen=([^;]*)/.exec(a.headers.get('set-cookie') ?? '');
  return m?.[1] ? `oss_citizen=${m[1]}` : null;
};

interface Citizen {
  username: string;
  password: string;
  cookie: string;
  requestIds: number[];
  documentIds: number[];
}

async function citizen(username: string, cid12: string, email: string): Promise<Citizen> {
  const terms = (await call(base, `${API_PREFIX}/citizens/terms`)).json as { terms: { version: number } };
  const password = `${username} lantern harbour ribbon`;
  const registered = await call(base, `${API_PREFIX}/citizens/register`, {
    body: {
      name: `ทดสอบ ${username}`,
      citizenId: makeCid(cid12),
      phone: '081-234-5678',
      email,
      address: '27 ถนนผังเมืองบัญชา มหาสารคาม',
      hidePersonal: true,
      username,
      password,
      termsVersion: terms.terms.version,
      acceptTerms: true,
    },
  });
  if (registered.status !== 201) throw new Error(`register ${username}: ${registered.status} ${registered.text}`);
  const cookie = cookieOf(registered)!;
  const headers = { cookie };
  const c: Citizen = { username, password, cookie, requestIds: [], documentIds: [] };
  for (const serviceId of [1, 2]) {
    const made = await call(base, `${API_PREFIX}/requests`, {
      headers,
      body: { serviceId, subject: 'ขอคัดสำเนาทะเบียนบ้าน', details: 'ต้องการ 2 ฉบับ', contact: 'phone' },
    });
    if (made.status !== 201) throw new Error(`request: ${made.status} ${made.text}`);
    const id = (made.json as { request: { id: number } }).request.id;
    c.requestIds.push(id);
    const up = await call(base, `${API_PREFIX}/requests/${id}/documents?name=copy.pdf`, {
      method: 'PUT',
      headers,
      body: PDF.toString('latin1'),
      contentType: 'application/octet-stream',
    });
    if (up.status === 201) c.documentIds.push((up.json as { document: { id: number } }).document.id);
  }
  await call(base, `${API_PREFIX}/requests/${c.requestIds[0]}/submit`, { method: 'POST', headers });
  return c;
}

const somchai = await citizen('somchai', '110170012345', 'somchai@example.com');
const malee = await citizen('malee', '310150012345', 'malee@example.com');
const loggedOut = await (async () => {
  const c = await citizen('wichai', '510170012345', 'wichai@example.com');
  await call(base, `${API_PREFIX}/citizens/logout`, { method: 'POST', headers: { cookie: c.cookie } });
  return c.cookie;
})();

// Logout last: as the citizen it ends the session the other routes are called with (logging in
// again would soon meet the login limit, every call here coming from one address).
const operations = (await loadOperations(base))
  .filter((op) => CITIZEN_ROUTES.test(op.route))
  .sort((a, b) => Number(a.key === 'POST /citizens/logout') - Number(b.key === 'POST /citizens/logout'));
const ids = (c: Citizen) => [...c.requestIds, ...c.documentIds].map(String);

type Identity = 'citizen' | 'other' | 'stale' | 'junk' | 'anonymous';
interface FuzzCase {
  identity: Identity;
  junkCookie: string;
  path: Record<string, string>;
  query: Array<[string, string]>;
  body: FuzzBody;
}

function caseArb(op: Operation): fc.Arbitrary<FuzzCase> {
  const path: Record<string, fc.Arbitrary<string>> = {};
  for (const p of op.params.filter((x) => x.in === 'path'))
    path[p.name] = pathParamArb(p.schema, [...ids(somchai), ...ids(malee)]);
  return fc.record({
    identity: fc.constantFrom<Identity>('citizen', 'citizen', 'other', 'stale', 'junk', 'anonymous'),
    junkCookie: fc.string({ maxLength: 80 }).map((v) => `oss_citizen=${encodeURIComponent(v)}`),
    path: fc.record(path),
    query: queryArb(op),
    body: bodyArb(op),
  });
}

function cookieFor(c: FuzzCase): string | undefined {
  switch (c.identity) {
    case 'citizen':
      return somchai.cookie;
    case 'other':
      return malee.cookie;
    case 'stale':
      return loggedOut;
    case 'junk':
      return c.junkCookie;
    case 'anonymous':
      return undefined;
  }
}

async function send(op: Operation, c: FuzzCase): Promise<Answer> {
  const query = new URLSearchParams(c.query).toString();
  const cookie = cookieFor(c);
  return call(base, `${API_PREFIX}${fillPath(op.route, c.path)}${query ? `?${query}` : ''}`, {
    method: op.method,
    headers: cookie ? { cookie } : {},
    ...(c.body.text !== undefined ? { body: c.body.text, contentType: c.body.contentType } : {}),
  });
}

describe('bad input over the citizen routes', () => {
  it('finds the portal routes in the OpenAPI document', () => {
    const keys = operations.map((op) => op.key);
    for (const key of [
      'POST /citizens/register',
      'POST /citizens/login',
      'POST /citizens/password-reset',
      'POST /citizens/password-reset/confirm',
      'PATCH /citizens/me',
      'POST /requests',
      'PUT /requests/{id}/documents',
      'POST /requests/{id}/booking',
      'POST /bookings/check-in',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("never shows one citizen another's request or document", async () => {
    const reads = operations.filter((op) => op.method === 'GET' && op.route.includes('{id}'));
    expect(reads.map((op) => op.route).sort()).toEqual(['/documents/{id}', '/requests/{id}']);
    for (const op of reads) {
      const own = op.route.startsWith('/documents') ? somchai.documentIds : somchai.requestIds;
      expect(own.length).toBeGreaterThan(0);
      for (const id of own.map(String)) {
        const path = `${API_PREFIX}${fillPath(op.route, { id })}`;
        const theirs = await call(base, path, { headers: { cookie: malee.cookie } });
        expect(theirs.status, `${op.key} ${id} as the other citizen: ${theirs.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(theirs.status).toBeLessThan(500);
        expect(theirs.text).not.toContain('ทดสอบ somchai');
        expect((await call(base, path)).status, `${op.key} ${id} as nobody`).toBe(401);
      }
    }
    // The owner does see their own (so the refusals above are about the owner, not a broken route).
    const own = await call(base, `${API_PREFIX}/requests/${somchai.requestIds[0]}`, { headers: { cookie: somchai.cookie } });
    expect(own.status, own.text).toBe(200);
  });

  it.each(operations.map((op) => [op.key, op] as const))(
    '%s',
    async (_key, op) => {
      await fc.assert(
        fc.asyncProperty(caseArb(op), async (c) => {
          const before = digest();
          const a = await send(op, c);
          const changed = digest() !== before;
          const what = `${op.key} as ${c.identity} ${JSON.stringify(c.path)} → ${a.status} ${a.text.slice(0, 300)}`;
          expect(a.status, what).toBeLessThan(500);
          if (a.status >= 400) {
            expect(errorShapeProblem(a), what).toBeNull();
            expect(changed, `a refused request changed the database: ${what}`).toBe(false);
          }
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );
    },
    60_000,
  );

  it('leaves the hub process running and healthy, with nothing unhandled in its log', async () => {
    expect(hub.child.exitCode).toBeNull();
    expect((await call(base, `${API_PREFIX}/health`)).status).toBe(200);
    expect(hub.output()).not.toMatch(/unhandled error|did not match its schema/);
  });
});
