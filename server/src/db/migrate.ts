// Numbered, append-only migrations. The schema version is SQLite's user_version; the application
// id marks the file as ours, so the runner refuses a foreign database or one from a newer hub.
import type { Database } from 'better-sqlite3';
import * as m001 from './migrations/001-initial.js';
import * as m002 from './migrations/002-line.js';
import * as m003 from './migrations/003-admin.js';
import * as m004 from './migrations/004-portal.js';
import * as m005 from './migrations/005-queue-lane.js';
import * as m006 from './migrations/006-queue-counts.js';
import * as m007 from './migrations/007-citizen-id-claims.js';
import * as m008 from './migrations/008-recent-done.js';

export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008];

/** "OSSQ" in ASCII. */
export const APPLICATION_ID = 0x4f535351;

export class MigrationError extends Error {}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target = migrations.length): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  if (appId !== APPLICATION_ID && (appId !== 0 || hasTables)) {
    throw new MigrationError('The data file is not an OSS queue database; refusing to touch it');
  }
  if (version > migrations.length) {
    throw new MigrationError(
      `The database is at schema ${version} but this hub knows ${migrations.length}: it was written by a newer version`,
    );
  }
  for (let v = version; v < target; v++) {
    const migration = migrations[v];
    if (!migration) break;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return Math.max(version, target);
}
