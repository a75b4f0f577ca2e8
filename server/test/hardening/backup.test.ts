// The nightly online backup: taken once a day at OSS_BACKUP_AT on the hub's clock (and at the
// first look after, if the hub was off then), while the hub keeps taking tickets, each a whole
// database; only the newest OSS_BACKUP_KEEP are kept. And the checks restore makes on a backup.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BackupResponse, BackupsResponse } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_DIR, Backups } from '../../src/backup/backups.js';
import { NightlyBackup } from '../../src/backup/nightly-backup.js';
import { RestoreError, restoreBackup, verifyBackup } from '../../src/backup/restore.js';
import { ManualClock } from '../../src/clock.js';
import { DB_FILE } from '../../src/db/open.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { until } from '../../../test/support/until.js';
import { call } from './support.js';

const clock = new ManualClock('2026-11-25T01:00:00+07:00');
let hub: TestHub;
let backups: Backups;
let dir: string;

beforeAll(async () => {
  hub = await startTestHub({ clock });
  dir = join(hub.dataDir, BACKUP_DIR);
  backups = new Backups({ db: hub.db, dir, clock, timeZone: 'Asia/Bangkok', keep: 3 });
});
afterAll(() => hub.dispose());

const issue = () => call(hub.url, '/api/v1/tickets', { body: { serviceId: 1 } });
const ticketsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the nightly backup', () => {
  it('runs once a day at the set time, keeps the newest N, and each is a whole database', async () => {
    const errors: unknown[] = [];
    const nightly = new NightlyBackup({ backups, clock, timeZone: 'Asia/Bangkok', at: '02:00', onError: (e) => errors.push(e) });
    for (let i = 0; i < 3; i++) expect((await issue()).status).toBe(201);
    clock.set('2026-11-25T01:59:59+07:00');
    expect(await nightly.check()).toBeNull();
    clock.set('2026-11-25T02:00:00+07:00');
    const first = await nightly.check();
    expect(first).toBe('oss-queue-20261125-020000.sqlite');
    expect(ticketsIn(join(dir, first!))).toBe(3);
    clock.set('2026-11-25T14:00:00+07:00');
    expect(await nightly.check()).toBeNull(); // once a day

    // A leftover from a crash mid-copy is cleared by the next backup, never listed.
    writeFileSync(join(dir, 'oss-queue-20261125-030000.sqlite.partial'), 'half');
    for (let day = 26; day <= 29; day++) {
      expect((await issue()).status).toBe(201);
      // The hub was off at 02:00: the first look after backs up.
      clock.set(`2026-11-${day}T08:15:00+07:00`);
      expect(await nightly.check()).toBe(`oss-queue-202611${day}-081500.sqlite`);
    }
    expect(readdirSync(dir).sort()).toEqual([
      'oss-queue-20261127-081500.sqlite',
      'oss-queue-20261128-081500.sqlite',
      'oss-queue-20261129-081500.sqlite',
    ]);
    expect(backups.list().map((b) => b.file)[0]).toBe('oss-queue-20261129-081500.sqlite');
    expect(errors).toEqual([]);

    // The timer does the same by itself.
    clock.set('2026-11-30T02:00:05+07:00');
    nightly.start(20);
    await until(() => backups.list()[0]?.file === 'oss-queue-20261130-020005.sqlite', 'the timer’s backup', 10_000);
    nightly.stop();
    expect(backups.list()[0]!.file).toBe('oss-queue-20261130-020005.sqlite');
    expect(errors).toEqual([]);
  });

  it('copies while the hub keeps taking tickets, and a backup is consistent', async () => {
    const before = hub.hub.queue.tickets.live(hub.hub.queue.businessDay()).length;
    let stop = false;
    const writer = (async () => {
      let n = 0;
      while (!stop && n < 300) {
        if ((await issue()).status === 201) n++;
      }
      return n;
    })();
    const token = await hub.login();
    const taken = await call(hub.url, '/api/v1/admin/backups', { method: 'POST', token });
    stop = true;
    const written = await writer;
    expect(taken.status, taken.text).toBe(201);
    const { file } = BackupResponse.parse(taken.json).backup;
    const n = ticketsIn(join(dir, file));
    expect(n).toBeGreaterThanOrEqual(before);
    expect(written).toBeGreaterThan(0);
    const list = await call(hub.url, '/api/v1/admin/backups', { token });
    expect(BackupsResponse.parse(list.json).backups[0]!.file).toBe(file);
  });
});

describe('what restore accepts', () => {
  it('refuses a file that is not a sound OSS database, and leaves the live one alone', () => {
    const good = join(dir, backups.list()[0]!.file);
    expect(verifyBackup(good).schemaVersion).toBeGreaterThan(0);
    const junk = join(hub.dataDir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database');
    expect(() => verifyBackup(junk)).toThrow(RestoreError);
    const foreign = join(hub.dataDir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x)');
    f.close();
    expect(() => verifyBackup(foreign)).toThrow(/not an OSS queue database/);
    expect(() => verifyBackup(join(hub.dataDir, 'missing.sqlite'))).toThrow(/No such backup file/);
    // Restoring junk leaves the database where it was, and no half-copied file behind.
    const other = join(hub.dataDir, 'elsewhere');
    expect(() => restoreBackup(junk, hub.dataDir)).toThrow(RestoreError);
    expect(existsSync(join(hub.dataDir, DB_FILE))).toBe(true);
    expect(existsSync(join(hub.dataDir, `${DB_FILE}.restoring`))).toBe(false);
    expect(() => restoreBackup(good, other)).toThrow(/does not exist/);
  });
});
