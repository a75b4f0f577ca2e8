// What the hub leaves on disk holds personal data: the data directory is its user's alone (0700)
// and so are its files (0600): the database and its WAL, backups, uploads, the install's key, also
// in a directory an older hub left open. The secrets an admin stores in the office settings (LINE,
// SMTP) are encrypted with the install's key: the raw settings rows, the database's bytes and a
// backup hold none of them in clear, a hub started on clear values from an older hub encrypts them,
// and the hub still reads them.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_DIR } from '../../src/backup/backups.js';
import { CITIZEN_ID_KEY_FILE } from '../../src/citizens/citizen-id-key.js';
import { DB_FILE, openDatabase } from '../../src/db/open.js';
import { SecretBox } from '../../src/settings/secret-box.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, PDF } from '../portal/portal-kit.js';
import { call } from './support.js';

const SECRETS = {
  token: 'LINE-TOKEN-at-rest-0123456789',
  secret: 'line-secret-at-rest-abcdef',
  smtpPass: 'SmtpPassAtRest-77aa',
};
const smtpUrl = `smtps://oss:${SECRETS.smtpPass}@mail.example.go.th:465`;

const temp = mkdtempSync(join(tmpdir(), 'oss-at-rest-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file under `dir`, with its path. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function patchSecrets(hub: TestHub): Promise<void> {
  const admin = await hub.login();
  const res = await call(hub.url, '/api/v1/admin/settings', {
    method: 'PATCH',
    token: admin,
    body: { line: { channelAccessToken: SECRETS.token, channelSecret: SECRETS.secret }, mail: { smtpUrl } },
  });
  expect(res.status, res.text).toBe(200);
}

describe('file modes', () => {
  it('makes the data directory 0700 and every file in it 0600', async () => {
    const dataDir = join(temp, 'new-install');
    const hub = await startTestHub({ dataDir });
    try {
      const citizen = new CitizenClient(hub);
      await citizen.register();
      expect((await citizen.upload(await citizen.draftRequest(), 'a.pdf', PDF)).status).toBe(201);
      const admin = await hub.login();
      expect((await call(hub.url, '/api/v1/admin/backups', { method: 'POST', token: admin, body: {} })).status).toBe(201);

      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, BACKUP_DIR))).toBe(0o700);
      expect(mode(join(dataDir, 'uploads'))).toBe(0o700);
      const files = filesUnder(dataDir);
      for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, CITIZEN_ID_KEY_FILE])
        expect(files).toContain(join(dataDir, f));
      expect(files.some((f) => f.startsWith(join(dataDir, BACKUP_DIR)))).toBe(true);
      expect(files.some((f) => f.startsWith(join(dataDir, 'uploads')))).toBe(true);
      for (const f of files) expect(mode(f), f).toBe(0o600);
    } finally {
      await hub.dispose();
    }
  });

  it('tightens a data directory and backups an older hub left readable to all', async () => {
    const dataDir = join(temp, 'old-install');
    mkdirSync(join(dataDir, BACKUP_DIR), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, BACKUP_DIR), 0o755);
    const old = new Database(join(dataDir, DB_FILE));
    old.pragma('journal_mode = WAL');
    old.close();
    chmodSync(join(dataDir, DB_FILE), 0o644);
    const oldBackup = join(dataDir, BACKUP_DIR, 'oss-queue-20260101-020000.sqlite');
    writeFileSync(oldBackup, 'x', { mode: 0o644 });
    const hub = await startTestHub({ dataDir });
    try {
      const admin = await hub.login();
      expect((await call(hub.url, '/api/v1/admin/backups', { method: 'POST', token: admin, body: {} })).status).toBe(201);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, BACKUP_DIR))).toBe(0o700);
      for (const f of filesUnder(dataDir)) expect(mode(f), f).toBe(0o600);
    } finally {
      await hub.dispose();
    }
  });
});

describe('secrets in the settings', () => {
  it('stores LINE and SMTP secrets encrypted: not in the rows, the file or a backup', async () => {
    const dataDir = join(temp, 'secrets');
    const hub = await startTestHub({ dataDir });
    try {
      await patchSecrets(hub);
      const rows = hub.db
        .prepare<[], { key: string; value: string }>("SELECT key, value FROM settings WHERE key IN ('line', 'mail')")
        .all();
      expect(rows.map((r) => r.key).sort()).toEqual(['line', 'mail']);
      for (const row of rows) {
        for (const s of [...Object.values(SECRETS), smtpUrl]) expect(row.value).not.toContain(s);
        expect(row.value).toContain('enc:v1:');
      }
      // The hub reads them as they were set.
      expect(hub.hub.admin.officeSettings.line()).toMatchObject({
        channelAccessToken: SECRETS.token,
        channelSecret: SECRETS.secret,
      });
      expect(hub.hub.admin.officeSettings.mail().smtpUrl).toBe(smtpUrl);

      const admin = await hub.login();
      expect((await call(hub.url, '/api/v1/admin/backups', { method: 'POST', token: admin, body: {} })).status).toBe(201);
      hub.db.pragma('wal_checkpoint(FULL)');
      for (const f of filesUnder(dataDir)) {
        const bytes = readFileSync(f).toString('latin1');
        for (const s of Object.values(SECRETS)) expect(bytes.includes(s), `${s} in ${f}`).toBe(false);
      }
    } finally {
      await hub.dispose();
    }
  });

  it('encrypts the clear values an older hub stored, at start, and reads them still', async () => {
    const dataDir = join(temp, 'clear-secrets');
    const db = openDatabase(dataDir);
    const set = db.prepare<[string, string]>(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    set.run('line', JSON.stringify({ channelAccessToken: SECRETS.token, channelSecret: SECRETS.secret, basicId: '@123abcde' }));
    set.run('mail', JSON.stringify({ smtpUrl, from: 'OSS <oss@example.go.th>' }));
    db.close();
    const hub = await startTestHub({ dataDir });
    try {
      const raw = hub.db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key IN ('line', 'mail')").all();
      for (const row of raw) for (const s of Object.values(SECRETS)) expect(row.value).not.toContain(s);
      expect(JSON.parse(raw.map((r) => r.value).find((v) => v.includes('basicId'))!)).toMatchObject({ basicId: '@123abcde' });
      expect(hub.hub.admin.officeSettings.line()).toMatchObject({
        channelAccessToken: SECRETS.token,
        channelSecret: SECRETS.secret,
        basicId: '@123abcde',
      });
      expect(hub.hub.admin.officeSettings.mail()).toEqual({ smtpUrl, from: 'OSS <oss@example.go.th>' });
    } finally {
      await hub.dispose();
    }
  });

  it('opens a value only with this install’s key and for its own field', () => {
    const a = new SecretBox(join(temp, 'key-a'));
    const b = new SecretBox(join(temp, 'key-b'));
    const sealed = a.seal(SECRETS.secret, 'line.channelSecret');
    expect(sealed).not.toContain(SECRETS.secret);
    expect(a.seal(SECRETS.secret, 'line.channelSecret')).not.toBe(sealed);
    expect(a.open(sealed, 'line.channelSecret')).toBe(SECRETS.secret);
    expect(b.open(sealed, 'line.channelSecret')).toBeNull();
    expect(a.open(sealed, 'line.channelAccessToken')).toBeNull();
    expect(a.open(`${sealed.slice(0, -4)}AAAA`, 'line.channelSecret')).toBeNull();
    expect(a.open('enc:v1:', 'line.channelSecret')).toBeNull();
  });
});
