// SQLite constraint errors that client input can cause, so callers can answer 409 instead of 500.
import Database from 'better-sqlite3';

export function isConstraint(err: unknown, kind: 'UNIQUE' | 'FOREIGNKEY' | 'PRIMARYKEY'): boolean {
  return err instanceof Database.SqliteError && err.code === `SQLITE_CONSTRAINT_${kind}`;
}
