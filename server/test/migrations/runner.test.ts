import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, migrate, MigrationError } from '../src/db/migrate.js';
import { DB_FILE, openDatabase } from '../src/db/open.js';
import { QUEUE_SQL } from '../src/tickets/ticket-repo.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'oss-mig-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('brings a new file to the latest schema, in WAL mode, marked as ours', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Temporary storage (the group commit's savepoint journals) in memory, not in temp files.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    // Opening again is a no-op.
    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database written by a newer hub', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(join(dir, DB_FILE));
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(MigrationError);
    expect(() => openDatabase(dir)).toThrow(/newer version/);
  });

  it('refuses a file that is not an OSS queue database and leaves it alone', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DB_FILE));
    raw.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('x')");
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/not an OSS queue database/);
    const check = new Database(join(dir, DB_FILE));
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'photos' }]);
    check.close();
  });

  it('001: enforces unique numbers per service and day, and one current ticket per counter', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 1);
    db.exec(`INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A');
             INSERT INTO counters (id, name_th, name_en) VALUES (1, 'ช่อง 1', 'Counter 1');`);
    const insert =
      db.prepare(`INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, tracking_code, issued_at, queued_at, counter_id)
      VALUES (?, 1, 1, ?, ?, ?, ?, 0, 0, ?)`);
    insert.run('2026-11-25', 1, 'A001', 'called', 'T1', 1);
    expect(() => insert.run('2026-11-25', 1, 'A001', 'waiting', 'T2', null)).toThrow(/UNIQUE/);
    insert.run('2026-11-26', 1, 'A001', 'waiting', 'T3', null);
    expect(() => insert.run('2026-11-26', 2, 'A002', 'serving', 'T4', 1)).toThrow(/UNIQUE/);
    insert.run('2026-11-26', 2, 'A002', 'held', 'T5', 1);
    expect(() => insert.run('2026-11-26', 3, 'A003', 'lost', 'T6', null)).toThrow(/CHECK/);
  });
});

describe('the queue lane index', () => {
  it('answers people-ahead and call-next from index ranges, with no sort of the queue', () => {
    const db = openDatabase(':memory:');
    const plans = {
      ahead: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.ahead}`).all({ service_id: 1, lane: 2, queued_at: 0, id: 1 }),
      behind: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.behind}`).all({ service_id: 1, lane: 2, queued_at: 0, id: 1 }),
      nextPriority: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.nextPriority}`).all(1, '2026-11-25'),
      nextNormal: db.prepare(`EXPLAIN QUERY PLAN ${QUEUE_SQL.nextNormal}`).all(1, '2026-11-25'),
    };
    for (const [query, plan] of Object.entries(plans)) {
      const details = (plan as Array<{ detail: string }>).map((r) => r.detail);
      const searches = details.filter((d) => d.startsWith('SEARCH tickets'));
      expect(searches.length, query).toBeGreaterThan(0);
      // Migration 005's expression and ticket-repo's LANE_SQL must match word for word for this.
      for (const s of searches)
        expect(s, query).toMatch(/USING (COVERING )?INDEX tickets_queued_lane \(service_id=\? AND <expr>/);
      expect(details.join('\n'), query).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });
});
