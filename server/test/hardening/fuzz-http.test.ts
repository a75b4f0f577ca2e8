// Property-based bad input over every HTTP route the hub documents (its own OpenAPI document, so
// routes added later are covered without touching this file), plus the LINE webhook. Random path
// parameters, query strings, headers and bodies — valid-ish, spoiled, garbage, broken JSON, wrong
// content types, prototype-pollution keys — as nobody, staff, admin or with a junk token.
// For every answer: no 5xx; every 4xx in the docs/design.md §4.1 error shape; a refused request
// changed nothing (SQLite's data_version, seen from a second connection, moves on any commit); and
// the hub process is still alive at the end. Bounded: OSS_FUZZ_RUNS cases per route (default 10).
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@oss/shared';
import { DB_FILE } from '../../src/db/open.js';
import { startFakeLine } from '../../../test/support/fake-line.js';
import { startTestHub } from '../../../test/support/hub.js';
import { bodyArb, garbage, headerValue, pathParamArb, queryArb, type FuzzBody } from './arbitraries.js';
import { API_PREFIX, fillPath, loadOperations, type Operation } from './openapi.js';
import { call, errorShapeProblem, type Answer } from './support.js';
import { watchedHub } from './watched-hub.js';

const RUNS = Number(process.env.OSS_FUZZ_RUNS ?? 10);
const SEED = process.env.OSS_FUZZ_SEED ? Number(process.env.OSS_FUZZ_SEED) : undefined;
const LINE_SECRET = 'fuzz-line-channel-secret';
const ADMIN_PASSWORD = 'process-admin';

/** A zone whose midnight is not within the next hours, so the day never rolls over mid-test. */
function quietZone(): string {
  const hour = (tz: string) =>
    Number(new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  return ['Asia/Bangkok', 'America/New_York', 'Europe/London'].find((tz) => hour(tz) >= 1 && hour(tz) <= 21) ?? 'Asia/Bangkok';
}

const { hub, digest } = await watchedHub({ OSS_TZ: quietZone(), OSS_SEED: 'demo' });
const base = hub.url;

const auth = { admin: '', staff: '', adminPassword: ADMIN_PASSWORD };
async function login(username: string, password: string): Promise<string> {
  const a = await call(base, `${API_PREFIX}/auth/login`, { body: { username, password } });
  if (a.status !== 200) throw new Error(`login ${username}: ${a.status} ${a.text}`);
  return (a.json as { token: string }).token;
}
auth.admin = await login('admin', ADMIN_PASSWORD);
await call(base, `${API_PREFIX}/admin/users`, {
  token: auth.admin,
  body: { username: 'fuzzstaff', displayName: 'Fuzz Staff', role: 'staff', password: 'fuzz-staff-pass' },
});
let staffPassword = 'fuzz-staff-pass';
auth.staff = await login('fuzzstaff', staffPassword);
const tickets: Ticket[] = [];
for (const serviceId of [1, 2, 3, 1]) {
  tickets.push(((await call(base, `${API_PREFIX}/tickets`, { body: { serviceId } })).json as { ticket: Ticket }).ticket);
}
const operations = await loadOperations(base);

/** Logins the fuzz may have ended (logout, a password change, deactivation) come back. */
async function refreshLogins(): Promise<void> {
  for (const who of ['admin', 'staff'] as const) {
    const me = await call(base, `${API_PREFIX}/auth/me`, { token: auth[who] });
    if (me.status === 200) continue;
    try {
      auth[who] = who === 'admin' ? await login('admin', auth.adminPassword) : await login('fuzzstaff', staffPassword);
    } catch {
      // Deactivated or renamed by the fuzz: its requests are then anonymous-like, still fine.
    }
  }
}

const REAL: Record<string, string[]> = {
  id: ['1', '2', '3', ...tickets.map((t) => String(t.id))],
  trackingCode: tickets.map((t) => t.trackingCode),
};

interface FuzzCase {
  identity: 'anonymous' | 'staff' | 'admin' | 'junk';
  junkAuth: string;
  path: Record<string, string>;
  query: Array<[string, string]>;
  body: FuzzBody;
  idempotencyKey: string | null;
}

function caseArb(op: Operation): fc.Arbitrary<FuzzCase> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const path: Record<string, fc.Arbitrary<string>> = {};
  for (const p of pathParams) path[p.name] = pathParamArb(p.schema, REAL[p.name] ?? []);
  return fc.record({
    identity: fc.constantFrom('anonymous', 'staff', 'admin', 'junk'),
    junkAuth: fc.oneof(
      headerValue,
      headerValue.map((v) => `Bearer ${v}`),
    ),
    path: fc.record(path),
    query: queryArb(op),
    body: bodyArb(op),
    idempotencyKey: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: headerValue }),
  });
}

/** An automatic day close would write on its own timer and the digest would blame the request in flight. */
function withoutAutoClose(op: Operation, body: FuzzBody): FuzzBody {
  if (op.key !== 'PATCH /admin/settings' || !body.text) return body;
  try {
    const v: unknown = JSON.parse(body.text);
    if (typeof v === 'object' && v !== null && 'office' in v && typeof v.office === 'object' && v.office !== null) {
      delete (v.office as Record<string, unknown>).dayCloseTime;
      return { ...body, text: JSON.stringify(v) };
    }
  } catch {
    // Not JSON: sent as it is.
  }
  return body;
}

async function send(op: Operation, c: FuzzCase): Promise<Answer> {
  const query = new URLSearchParams(c.query).toString();
  const path = `${API_PREFIX}${fillPath(op.route, c.path)}${query ? `?${query}` : ''}`;
  const body = withoutAutoClose(op, c.body);
  const headers: Record<string, string> = {};
  if (c.identity === 'junk') headers.authorization = c.junkAuth;
  if (c.idempotencyKey !== null) headers['idempotency-key'] = c.idempotencyKey;
  return call(base, path, {
    method: op.method,
    ...(c.identity === 'admin' || c.identity === 'staff' ? { token: auth[c.identity] } : {}),
    headers,
    ...(body.text !== undefined ? { body: body.text, contentType: body.contentType } : {}),
  });
}

/** A successful password change of one of our users: remember it, so we can log in again. */
function notePasswordChange(op: Operation, c: FuzzCase): void {
  if (op.key !== 'PATCH /admin/users/{id}' || !c.body.text) return;
  try {
    const v = JSON.parse(c.body.text) as { password?: unknown };
    if (typeof v.password !== 'string') return;
    if (c.path.id === '1') auth.adminPassword = v.password;
    else staffPassword = v.password;
  } catch {
    // Not JSON.
  }
}

function check(op: Operation, c: FuzzCase, a: Answer, changed: boolean): void {
  const what = `${op.key} as ${c.identity} → ${a.status} ${a.text.slice(0, 300)}`;
  expect(a.status, what).toBeLessThan(500);
  if (a.status >= 400) {
    expect(errorShapeProblem(a), what).toBeNull();
    expect(changed, `a refused request changed the database: ${what}`).toBe(false);
  }
}

describe('bad input over every documented route', () => {
  it('finds the routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(60);
  });

  it.each(operations.map((op) => [op.key, op] as const))(
    '%s',
    async (_key, op) => {
      await refreshLogins();
      await fc.assert(
        fc.asyncProperty(caseArb(op), async (c) => {
          const before = digest();
          const answer = await send(op, c);
          const changed = digest() !== before;
          if (answer.status < 300) notePasswordChange(op, c);
          check(op, c, answer, changed);
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );
    },
    60_000,
  );

  it('POST /line/webhook: a bad signature is 401 and changes nothing; a good one over junk is 200 or a 4xx', async () => {
    // The webhook needs the LINE channel: an in-process hub against a fake LINE API, its relay
    // driven by hand (no timer writes behind the digest's back).
    const fake = await startFakeLine();
    const line = await startTestHub({
      line: { channelAccessToken: fake.token, channelSecret: LINE_SECRET, apiBase: fake.url },
      lineTuning: { pollMs: 0 },
    });
    const lineWatcher = new Database(join(line.dataDir, DB_FILE), { readonly: true, fileMustExist: true });
    const sign = (text: string) => createHmac('sha256', LINE_SECRET).update(text).digest('base64');
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            garbage.map((v) => JSON.stringify(v) ?? 'null'),
            fc.string(),
            garbage.map((v) => JSON.stringify({ destination: 'U1', events: [v] })),
          ),
          fc.constantFrom('none', 'wrong', 'right'),
          fc.constantFrom('application/json', 'text/plain', 'application/octet-stream'),
          async (text, signature, contentType) => {
            const headers: Record<string, string> = {};
            if (signature === 'wrong') headers['x-line-signature'] = sign(`${text}x`);
            if (signature === 'right') headers['x-line-signature'] = sign(text);
            const before = lineWatcher.pragma('data_version', { simple: true });
            const a = await call(line.url, '/line/webhook', { method: 'POST', body: text, contentType, headers });
            const changed = lineWatcher.pragma('data_version', { simple: true }) !== before;
            expect(a.status, a.text).toBeLessThan(500);
            if (signature !== 'right') expect(a.status, a.text).toBe(401);
            if (a.status >= 400) {
              expect(errorShapeProblem(a)).toBeNull();
              expect(changed).toBe(false);
            }
          },
        ),
        { numRuns: RUNS * 4, endOnFailure: true },
      );
    } finally {
      lineWatcher.close();
      await line.dispose();
      await fake.close();
    }
  }, 60_000);

  it('leaves the hub process running, healthy, and with nothing unhandled in its log', async () => {
    expect(hub.child.exitCode).toBeNull();
    expect(hub.child.signalCode).toBeNull();
    expect((await call(base, `${API_PREFIX}/health`)).status).toBe(200);
    expect(hub.output()).not.toMatch(/unhandled error|did not match its schema/);
  });
});
