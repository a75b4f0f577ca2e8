// 001-initial on an empty database (the version before it has no tables to hold rows): the queue's
// own tables and the rules they enforce on the rows a day of work writes.
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('001-initial');

describe('migration 001-initial', () => {
  it('enforces unique numbers per service and day, and one current ticket per counter', () => {
    expect(N).toBe(1);
    const db = databaseAt(N - 1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    expect(migrateTo(db, N)).toBe(N);
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
    db.close();
  });
});
