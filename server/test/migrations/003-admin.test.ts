// 003-admin: migrate to the schema before it, insert rows, migrate, and find them intact next to
// the new tables. Located by name, so another migration landing before it does not break this.
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('003-admin');

describe('migration 003-admin', () => {
  it('keeps existing rows and adds counter sign-in, devices, audit, terms, archived counters', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    db.exec(`
      INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A');
      INSERT INTO counters (id, name_th, name_en, normal_per_priority) VALUES (1, 'ช่อง 1', 'Counter 1', 2);
      INSERT INTO counter_services (counter_id, service_id, position) VALUES (1, 1, 0);
      INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES (1, 'admin', 'ผู้ดูแล', 'admin', 'scrypt$x', 1);
      INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('h1', 1, 1, 9999999999999);
      INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, tracking_code, issued_at, queued_at, counter_id)
        VALUES ('2026-11-25', 1, 1, 1, 'A001', 'done', 'T1', 0, 0, 1);
      INSERT INTO events (type, ticket_id, counter_id, staff_id, at, business_day, payload) VALUES ('ticket.issued', 1, NULL, NULL, 0, '2026-11-25', '{}');
      INSERT INTO settings (key, value) VALUES ('office', '{"name":{"th":"ก","en":"A"}}');
    `);
    expect(migrateTo(db, N)).toBe(N);

    expect(db.prepare('SELECT id, name_th, normal_per_priority, archived_at FROM counters').all()).toEqual([
      { id: 1, name_th: 'ช่อง 1', normal_per_priority: 2, archived_at: null },
    ]);
    expect(db.prepare('SELECT number, status FROM tickets').all()).toEqual([{ number: 'A001', status: 'done' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'office'").get()).toEqual({
      value: '{"name":{"th":"ก","en":"A"}}',
    });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (t) => t.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['counter_sessions', 'devices', 'audit_log', 'terms_versions']));

    // A counter claim lapses with its login session, and a device's kind is checked.
    db.prepare('INSERT INTO counter_sessions (counter_id, user_id, token_hash, signed_in_at) VALUES (1, 1, ?, 5)').run('h1');
    expect(() =>
      db.prepare('INSERT INTO counter_sessions (counter_id, user_id, token_hash, signed_in_at) VALUES (1, 1, ?, 5)').run('nope'),
    ).toThrow(/FOREIGN KEY|UNIQUE|PRIMARY/);
    db.prepare("DELETE FROM sessions WHERE token_hash = 'h1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM counter_sessions').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO devices (name, kind, created_at) VALUES ('x', 'tv', 0)").run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO terms_versions (version, text_th, text_en, created_at) VALUES (1, 'ก', 'a', 0), (1, 'ข', 'b', 0)")
        .run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
