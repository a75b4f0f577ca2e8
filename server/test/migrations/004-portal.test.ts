// 004-portal: migrate to the schema before it, insert rows, migrate, and find them intact beside
// the portal's tables and their constraints. Located by name, so another migration does not break it.
import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo, versionOf } from './database-at.js';

const N = versionOf('004-portal');

describe('migration 004-portal', () => {
  it('keeps existing rows and adds citizens, consents, sessions, resets, requests, documents, bookings, feedback', () => {
    expect(N).toBeGreaterThan(1);
    const db = databaseAt(N - 1);
    db.exec(`
      INSERT INTO services (id, code, name_th, name_en) VALUES (1, 'A', 'ก', 'A');
      INSERT INTO tickets (id, business_day, issued_service_id, service_id, seq, number, status, tracking_code, issued_at, queued_at)
        VALUES (1, '2026-03-10', 1, 1, 1, 'A001', 'waiting', 'T1', 0, 0);
      INSERT INTO terms_versions (version, text_th, text_en, created_at) VALUES (1, 'ก', 'a', 0);
    `);
    expect(migrateTo(db, N)).toBe(N);
    expect(db.prepare('SELECT number FROM tickets').all()).toEqual([{ number: 'A001' }]);

    db.exec(`
      INSERT INTO citizens (id, username, name, cid_hash, cid_last4, email, created_at) VALUES (1, 'Somchai', 'ส', 'h1', '1234', 'a@b.c', 0);
      INSERT INTO citizen_consents (citizen_id, terms_version, accepted_at) VALUES (1, 1, 0);
      INSERT INTO service_requests (id, citizen_id, service_id, subject, contact, created_at, ticket_id) VALUES (1, 1, 1, 's', 'phone', 0, 1);
      INSERT INTO request_documents (request_id, sha256, display_name, mime, size, uploaded_at)
        VALUES (1, '${'a'.repeat(64)}', 'x.pdf', 'application/pdf', 10, 0);
      INSERT INTO bookings (code, request_id, citizen_id, service_id, slot_at, business_day, created_at)
        VALUES ('ABCDEFGHJK', 1, 1, 1, 0, '2026-03-10', 0);
    `);
    // Usernames are unique without regard to case; so are ID hashes; consent names a real version.
    expect(() => db.prepare("INSERT INTO citizens (username, name, created_at) VALUES ('SOMCHAI', 'x', 0)").run()).toThrow(
      /UNIQUE/,
    );
    expect(() => db.prepare("INSERT INTO citizens (name, cid_hash, created_at) VALUES ('x', 'h1', 0)").run()).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare('INSERT INTO citizen_consents (citizen_id, terms_version, accepted_at) VALUES (1, 9, 0)').run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO request_documents (request_id, sha256, display_name, mime, size, uploaded_at) VALUES (1, 'short', 'x', 'application/pdf', 1, 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO request_documents (request_id, sha256, display_name, mime, size, uploaded_at) VALUES (1, '${'b'.repeat(64)}', 'x', 'application/x-msdownload', 1, 0)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO bookings (code, request_id, citizen_id, service_id, slot_at, business_day, created_at) VALUES ('ABCDEFGHJK', 1, 1, 1, 0, 'd', 0)",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    // Deleting a citizen takes their requests, documents and bookings along; feedback stays anonymous.
    db.exec("INSERT INTO feedback (citizen_id, text, created_at) VALUES (1, 'ดี', 0)");
    db.exec('DELETE FROM citizens WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM request_documents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM bookings').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT citizen_id FROM feedback').get()).toEqual({ citizen_id: null });
    db.close();
  });
});
