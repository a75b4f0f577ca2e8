// Citizen accounts: registration with consent, the citizen ID only as a keyed hash, login and
// logout with the httpOnly cookie, staff and citizen logins kept apart, the login rate limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, errorCode, makeCid } from './portal-kit.js';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
});
afterAll(() => hub.dispose());

describe('citizen accounts', () => {
  it('registers with consent to the current terms, and keeps the citizen ID only as a hash', async () => {
    const c = new CitizenClient(hub);
    const terms = await c.call<{ terms: { version: number; text: { th: string } } }>('GET', '/citizens/terms');
    expect(terms.status).toBe(200);
    expect(terms.body.terms.version).toBe(1);
    expect(terms.body.terms.text.th).toContain('พ.ศ. 2562');
    // The default notice is now the current one for everybody.
    expect((await c.call('GET', '/terms/current')).status).toBe(200);

    const cid = makeCid('314159265358');
    const citizen = await c.register({ citizenId: cid.replace(/(\d)(\d{4})(\d{5})(\d{2})(\d)/, '$1-$2-$3-$4-$5') });
    expect(citizen).toMatchObject({
      username: 'somchai',
      name: 'สมชาย ใจดี',
      citizenIdLast4: cid.slice(-4),
      consentVersion: 1,
      needsConsent: false,
      profileComplete: true,
      lineLinked: false,
    });
    const setCookie = (
      await c.call('POST', '/citizens/login', { username: 'somchai', password: 'correct horse battery' })
    ).headers
      .getSetCookie()
      .join(';');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);

    // Nowhere in the database files (main, WAL) are the 13 digits.
    hub.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of readdirSync(hub.dataDir).filter((f) => f.startsWith('oss-queue'))) {
      const bytes = readFileSync(join(hub.dataDir, file));
      expect(bytes.includes(Buffer.from(cid)), file).toBe(false);
      expect(bytes.includes(Buffer.from(cid, 'utf16le')), file).toBe(false);
    }
    const row = hub.db.prepare('SELECT cid_claim, cid_last4 FROM citizens WHERE username = ?').get('somchai') as {
      cid_claim: string;
      cid_last4: string;
    };
    expect(row.cid_claim).toMatch(/^[0-9a-f]{64}$/);
    expect(row.cid_last4).toBe(cid.slice(-4));

    // The same ID again is another claim, never answered "taken" (citizen-ids.test.ts); a bad
    // checksum, an old terms version and no consent are refused.
    const again = new CitizenClient(hub);
    const dup = await again.call('POST', '/citizens/register', {
      ...base(),
      username: 'someone-else',
      citizenId: cid,
    });
    expect(dup.status).toBe(201);
    const badCid = `${cid.slice(0, 12)}${(Number(cid[12]) + 1) % 10}`;
    const bad = await again.call('POST', '/citizens/register', { ...base(), citizenId: badCid });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/citizen ID/);
    const old = await again.call('POST', '/citizens/register', { ...base(), termsVersion: 99 });
    expect(old.status).toBe(409);
    expect(errorCode(old)).toBe('terms-outdated');
    const noConsent = await again.call('POST', '/citizens/register', { ...base(), acceptTerms: false });
    expect(noConsent.status).toBe(400);
    const sameName = await again.call('POST', '/citizens/register', { ...base(), username: 'SOMCHAI' });
    expect(errorCode(sameName)).toBe('username-taken');
  });

  it('logs in and out with the cookie; staff and citizen logins never open each other’s routes', async () => {
    const c = new CitizenClient(hub);
    await c.register({ username: 'malee', citizenId: makeCid('271828182845'), email: 'malee@example.com' });
    expect((await c.call('GET', '/citizens/me')).status).toBe(200);

    // A citizen token sent as a staff bearer token: refused.
    const asStaff = await fetch(`${hub.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(asStaff.status).toBe(401);
    const callNext = await fetch(`${hub.url}/api/v1/counters/1/call-next`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(callNext.status).toBe(401);
    // A staff token as the citizen cookie (or as a bearer token): refused.
    const staffToken = await hub.login();
    const staffAsCitizen = await fetch(`${hub.url}/api/v1/citizens/me`, { headers: { cookie: `oss_citizen=${staffToken}` } });
    expect(staffAsCitizen.status).toBe(401);
    const bearerAsCitizen = await fetch(`${hub.url}/api/v1/requests`, { headers: { authorization: `Bearer ${staffToken}` } });
    expect(bearerAsCitizen.status).toBe(401);

    const out = await c.call('POST', '/citizens/logout');
    expect(out.status).toBe(200);
    expect(c.cookie).toBeNull();
    expect((await c.call('GET', '/citizens/me')).status).toBe(401);

    const wrong = await c.call('POST', '/citizens/login', { username: 'malee', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong)).toBe('unauthorized');
    const unknown = await c.call('POST', '/citizens/login', { username: 'nobody-here', password: 'whatever1' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const ok = await c.call('POST', '/citizens/login', { username: 'MALEE', password: 'correct horse battery' });
    expect(ok.status).toBe(200);
    expect((await c.call('GET', '/citizens/me')).status).toBe(200);
  });

  it('updates the profile and answers 429 after too many logins for one username', async () => {
    const c = new CitizenClient(hub);
    await c.register({ username: 'wichai', citizenId: makeCid('161803398874'), email: 'wichai@example.com' });
    const patched = await c.call<{ citizen: { hidePersonal: boolean; phone: string } }>('PATCH', '/citizens/me', {
      hidePersonal: true,
      phone: '089 999 0000',
    });
    expect(patched.status).toBe(200);
    expect(patched.body.citizen).toMatchObject({ hidePersonal: true, phone: '089 999 0000' });

    const codes: number[] = [];
    for (let i = 0; i < 10; i++) {
      codes.push((await c.call('POST', '/citizens/login', { username: 'wichai', password: `wrong-${i}-password` })).status);
    }
    expect(codes.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(codes.slice(8)).toEqual([429, 429]);
    const limited = await c.call('POST', '/citizens/login', { username: 'wichai', password: 'correct horse battery' });
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('rate-limited');
    // When to come back, in whole seconds: 15 minutes / 8 attempts (exact values: rate-limits.test.ts).
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(113);
  });
});

function base() {
  return {
    name: 'ทดสอบ ระบบ',
    citizenId: makeCid('123456789012'),
    phone: '0812345678',
    email: 'test@example.com',
    address: '',
    hidePersonal: false,
    username: 'tester',
    password: 'long enough password',
    termsVersion: 1,
    acceptTerms: true,
  };
}
