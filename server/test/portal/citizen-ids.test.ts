// A citizen ID typed on the portal is a claim (docs/portal.md, "Citizen IDs"): no answer says
// whether a number is registered, a squatter's claim does not block the owner, a citizen sets it
// once and only a supervisor at the counter (with the ID card) changes or verifies it afterwards,
// and every change is in the audit log, without the digits. Migration 007, which made the IDs
// claims: server/test/migrations/007-citizen-id-claims.test.ts.
import { AuditResponse, type Citizen, type Ticket } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLineLogin, type FakeLineLogin } from '../../../test/support/fake-line-login.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, errorCode, makeCid } from './portal-kit.js';

const OWNER_CID = makeCid('360000000001');
let hub: TestHub;
let fake: FakeLineLogin;
let admin: string;
let supervisor: string;
let staff: string;

beforeAll(async () => {
  fake = await startFakeLineLogin();
  const { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } = fake;
  hub = await startTestHub({
    seed: 'demo',
    publicUrl: 'self',
    portal: { lineLogin: { channelId, channelSecret, authorizeUrl, tokenUrl, profileUrl } },
  });
  admin = await hub.login();
  for (const [username, role] of [
    ['wanna.sup', 'supervisor'],
    ['chai.clerk', 'staff'],
  ] as const) {
    const made = await staffCall('POST', '/admin/users', admin, {
      username,
      displayName: username,
      role,
      password: 'ember walnut glacier',
    });
    expect(made.status).toBe(201);
  }
  supervisor = await hub.login('wanna.sup', 'ember walnut glacier');
  staff = await hub.login('chai.clerk', 'ember walnut glacier');
});
afterAll(async () => {
  await hub.dispose();
  await fake.close();
});

async function staffCall(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A fresh LINE Login account: no citizen ID yet, as a LINE user gets one. */
async function lineAccount(userId: string): Promise<CitizenClient> {
  fake.user = { userId, displayName: 'LINE user' };
  const c = new CitizenClient(hub);
  const start = await fetch(`${hub.url}/api/v1/citizens/line-login`, { redirect: 'manual' });
  const state = start.headers
    .getSetCookie()
    .find((s) => s.startsWith('oss_line_state='))!
    .split(';')[0]!;
  const consent = await fetch(new URL(start.headers.get('location')!), { redirect: 'manual' });
  const back = await fetch(new URL(consent.headers.get('location')!), { redirect: 'manual', headers: { cookie: state } });
  c.keepCookie(back.headers);
  expect((await c.call('POST', '/citizens/consent', { termsVersion: 1, acceptTerms: true })).status).toBe(200);
  return c;
}

const audit = async () =>
  AuditResponse.parse((await staffCall('GET', '/admin/audit?entity=citizen&limit=200', admin)).body).entries;

describe('citizen IDs on the portal', () => {
  it('never say whether a number is registered, and a squatter cannot block the owner', async () => {
    // Someone registers first with the owner's number…
    const squatter = new CitizenClient(hub);
    const squat = await squatter.register({ username: 'squatter', email: 'sq@example.com', citizenId: OWNER_CID });
    // …and the owner still registers, with the same answer anyone gets.
    const owner = new CitizenClient(hub);
    const mine = await owner.register({ username: 'owner', email: 'owner@example.com', citizenId: OWNER_CID });
    const other = await new CitizenClient(hub).register({
      username: 'other',
      email: 'o@example.com',
      citizenId: makeCid('360000000002'),
    });
    for (const c of [squat, mine, other]) {
      expect(c).toMatchObject({ citizenIdVerified: false, profileComplete: true });
      expect(Object.keys(c).sort()).toEqual(Object.keys(mine).sort());
    }
    expect(mine.citizenIdLast4).toBe(OWNER_CID.slice(-4));
  });

  it('are set once by the citizen (audited), answered alike whether taken or not, then locked', async () => {
    const a = await lineAccount('U00000000000000000000000000000a01');
    const b = await lineAccount('U00000000000000000000000000000a02');
    const taken = await a.call<{ citizen: Citizen }>('PATCH', '/citizens/me', { citizenId: OWNER_CID });
    const fresh = await b.call<{ citizen: Citizen }>('PATCH', '/citizens/me', { citizenId: makeCid('360000000003') });
    expect(taken.status).toBe(200);
    expect(fresh.status).toBe(200);
    expect(taken.body.citizen).toMatchObject({ citizenIdLast4: OWNER_CID.slice(-4), citizenIdVerified: false });
    expect(Object.keys(taken.body.citizen).sort()).toEqual(Object.keys(fresh.body.citizen).sort());

    // The same number again changes nothing; another one is refused and the old one stays.
    expect((await a.call('PATCH', '/citizens/me', { citizenId: OWNER_CID })).status).toBe(200);
    const changed = await a.call('PATCH', '/citizens/me', { citizenId: makeCid('360000000004') });
    expect(changed.status).toBe(409);
    expect(errorCode(changed)).toBe('citizen-id-locked');
    const me = await a.call<{ citizen: Citizen }>('GET', '/citizens/me');
    expect(me.body.citizen.citizenIdLast4).toBe(OWNER_CID.slice(-4));

    const id = me.body.citizen.id;
    const entries = (await audit()).filter((e) => e.entityId === String(id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ user: null, action: 'citizen-id-set', after: { by: 'citizen', verified: false } });
    expect(JSON.stringify(entries)).not.toMatch(/\d{13}/);
  });

  it('are limited per account when patched over and over', async () => {
    const c = await lineAccount('U00000000000000000000000000000a03');
    const codes: number[] = [];
    for (let i = 0; i < 25; i++)
      codes.push(
        (await c.call('PATCH', '/citizens/me', { citizenId: makeCid(`3600000001${String(i).padStart(2, '0')}`) })).status,
      );
    expect(codes).toContain(429);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
  });
});

describe("a supervisor at the counter, with the citizen's ID card", () => {
  let ticket: Ticket;
  let owner: CitizenClient;

  beforeAll(async () => {
    owner = new CitizenClient(hub);
    await owner.call('POST', '/citizens/login', { username: 'owner', password: 'correct horse battery' });
    const id = await owner.submittedRequest(1);
    const res = await owner.call<{ ticket: Ticket }>('POST', `/requests/${id}/ticket`);
    expect(res.status).toBe(201);
    ticket = res.body.ticket;
  });

  it('verifies the ID (audited, no digits in the log); clerks may not, nor citizens', async () => {
    const path = `/tickets/${ticket.id}/request/citizen-id`;
    expect((await staffCall('PUT', path, staff, { citizenId: OWNER_CID })).status).toBe(403);
    const before = (await audit()).length;
    const set = await staffCall('PUT', path, supervisor, { citizenId: OWNER_CID });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ citizen: { citizenIdLast4: OWNER_CID.slice(-4), citizenIdVerified: true } });
    const me = await owner.call<{ citizen: Citizen }>('GET', '/citizens/me');
    expect(me.body.citizen).toMatchObject({ citizenIdVerified: true });

    const entries = await audit();
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({
      user: { displayName: 'wanna.sup' },
      entity: 'citizen',
      entityId: String(me.body.citizen.id),
      action: 'citizen-id-verify',
      before: { set: true, verified: false },
      after: { verified: true, changed: false, ticketId: ticket.id },
    });
    expect(JSON.stringify(entries[0])).not.toMatch(/\d{13}/);
    // Verified or not, the citizen still cannot change it.
    expect(errorCode(await owner.call('PATCH', '/citizens/me', { citizenId: makeCid('360000000005') }))).toBe(
      'citizen-id-locked',
    );
  });

  it('changes a wrong ID, and refuses one verified for another account, changing nothing', async () => {
    const squatter = new CitizenClient(hub);
    await squatter.call('POST', '/citizens/login', { username: 'squatter', password: 'correct horse battery' });
    const res = await squatter.call<{ ticket: Ticket }>('POST', `/requests/${await squatter.submittedRequest(1)}/ticket`);
    const path = `/tickets/${res.body.ticket.id}/request/citizen-id`;

    // The squatter's card does not carry the owner's number, verified already for the owner.
    const refused = await staffCall('PUT', path, supervisor, { citizenId: OWNER_CID });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'citizen-id-taken' } });
    const entries = (await audit()).length;
    const realCid = makeCid('360000000006');
    const fixed = await staffCall('PUT', path, supervisor, { citizenId: realCid });
    expect(fixed.body).toEqual({ citizen: { citizenIdLast4: realCid.slice(-4), citizenIdVerified: true } });
    const latest = await audit();
    expect(latest).toHaveLength(entries + 1);
    expect(latest[0]).toMatchObject({ action: 'citizen-id-verify', after: { changed: true } });
    expect((await staffCall('PUT', path, supervisor, { citizenId: 'not a number' })).status).toBe(400);
    expect((await staffCall('PUT', '/tickets/999999/request/citizen-id', supervisor, { citizenId: realCid })).status).toBe(404);
  });
});
