// A database at schema version N, as a hub of that version left it, for the per-migration tests
// here: each migrates to the version before its migration, inserts rows, migrates, and asserts.
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../src/db/migrate.js';
import type { Db } from '../../src/db/open.js';

/**
 * The version a migration brings the schema to, found by its name ("005-queue-lane" is 5), so a
 * test names the migration it is about rather than a number that could drift.
 */
export function versionOf(name: string): number {
  const index = MIGRATIONS.findIndex((m) => m.name === name);
  if (index < 0) throw new Error(`no migration named ${name}`);
  return index + 1;
}

/** An in-memory database migrated to `version` (0: empty), foreign keys on as in the hub. */
export function databaseAt(version: number): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, version);
  return db;
}

/** Runs the migrations up to `version` on `db` and answers the schema version it is at after. */
export function migrateTo(db: Db, version: number): number {
  migrate(db, MIGRATIONS, version);
  return db.pragma('user_version', { simple: true }) as number;
}
