// Common and guessable passwords are refused wherever one is chosen (docs/security.md, "Logins"):
// a citizen registering, an admin creating a staff account or setting its password, and the first
// admin's OSS_ADMIN_PASSWORD. The refusal is 400 weak-password with a hint, and changes nothing.
// A generated first-start password always passes. Reset links: reset-and-line-login.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminUserResponse, ErrorBody } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub } from '../../src/app.js';
import { weakPasswordHint } from '../../src/auth/password-strength.js';
import { ConfigError, defaultConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open.js';
import { generateAdminPassword } from '../../src/seed.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, makeCid } from '../portal/portal-kit.js';
import { call } from './support.js';

let hub: TestHub;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  admin = await hub.login();
});
afterAll(() => hub.dispose());

const count = (table: string) => (hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

function expectWeak(a: { status: number; json: unknown }, hint: RegExp): void {
  expect(a.status).toBe(400);
  const { error } = ErrorBody.parse(a.json);
  expect(error.code).toBe('weak-password');
  expect(error.message).toMatch(hint);
}

describe('weak passwords', () => {
  it('are refused at citizen registration, with a hint, and nothing is created', async () => {
    const c = new CitizenClient(hub);
    const terms = await c.call<{ terms: { version: number } }>('GET', '/citizens/terms');
    const register = (username: string, password: string) =>
      call(hub.url, '/api/v1/citizens/register', {
        body: {
          name: 'สมศักดิ์ ทดสอบ',
          citizenId: makeCid('190000000001'),
          phone: '081-000-0001',
          email: 'somsak.t@example.com',
          address: '',
          hidePersonal: false,
          username,
          password,
          termsVersion: terms.body.terms.version,
          acceptTerms: true,
        },
      });
    const before = count('citizens');
    expectWeak(await register('somsak', 'password'), /ten most used/);
    expectWeak(await register('somsak', 'qwerty123'), /commonly used/);
    // The account's own details are the first words a guesser tries.
    expectWeak(await register('somsak', 'somsak2024'), /username, name or e-mail/);
    expect(count('citizens')).toBe(before);
    expect((await register('somsak', 'tamarind lantern orbit')).status).toBe(201);
  });

  it('are refused for staff accounts, created or reset by an admin, and nothing changes', async () => {
    const api = (method: string, path: string, body: unknown) => call(hub.url, `/api/v1${path}`, { method, body, token: admin });
    const before = { users: count('users'), audit: count('audit_log') };
    expectWeak(
      await api('POST', '/admin/users', { username: 'kasem', displayName: 'เกษม', role: 'staff', password: 'iloveyou' }),
      /hundred most used/,
    );
    expectWeak(
      await api('POST', '/admin/users', { username: 'kasem', displayName: 'เกษม', role: 'staff', password: 'kasem1234' }),
      /username, name or e-mail/,
    );
    expect({ users: count('users'), audit: count('audit_log') }).toEqual(before);

    const made = await api('POST', '/admin/users', {
      username: 'kasem',
      displayName: 'เกษม',
      role: 'staff',
      password: 'river basket thunder',
    });
    expect(made.status).toBe(201);
    const { id } = AdminUserResponse.parse(made.json).user;
    const audit = count('audit_log');
    expectWeak(await api('PATCH', `/admin/users/${id}`, { password: '12345678' }), /ten most used/);
    expect(count('audit_log')).toBe(audit);
    expect((await hub.login('kasem', 'river basket thunder')).length).toBeGreaterThan(0);
  });

  it('stop a first start whose OSS_ADMIN_PASSWORD is weak, naming the variable; a generated one passes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oss-weak-admin-'));
    const { timeZone, sessionHours } = defaultConfig();
    const config = { timeZone, seed: 'none' as const, sessionHours, logLevel: 'silent' as const };
    try {
      const db = openDatabase(dataDir);
      try {
        const refused = createHub({ db, config: { ...config, adminPassword: 'admin1234' }, logger: false });
        await expect(refused).rejects.toThrow(ConfigError);
        await expect(refused).rejects.toThrow(/OSS_ADMIN_PASSWORD.*too easy to guess/);
        expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 });

        const started = await createHub({ db, config: { ...config, adminPassword: undefined }, logger: false });
        try {
          expect(started.generatedAdminPassword).not.toBeNull();
          expect(await weakPasswordHint(started.generatedAdminPassword!, ['admin', 'ผู้ดูแลระบบ'])).toBeNull();
        } finally {
          await started.close();
        }
      } finally {
        db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    for (let i = 0; i < 200; i++) expect(await weakPasswordHint(generateAdminPassword(), ['admin', 'ผู้ดูแลระบบ'])).toBeNull();
  });
});
