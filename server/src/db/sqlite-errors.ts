// SQLite constraint errors that client input can cause, so callers can answer 409 instead of 500;
// and storage faults (full disk, read-only files, I/O errors) that are nobody's input: 503.
import Database from 'better-sqlite3';

export function isConstraint(err: unknown, kind: 'UNIQUE' | 'FOREIGNKEY' | 'PRIMARYKEY'): boolean {
  return err instanceof Database.SqliteError && err.code === `SQLITE_CONSTRAINT_${kind}`;
}

// Primary result codes (extended codes start with these: SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…).
const SQLITE_STORAGE = ['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_BUSY', 'SQLITE_LOCKED'];
const SQLITE_DAMAGED = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];
const FS_STORAGE = ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM'];

export type StorageProblem = 'full' | 'read-only' | 'busy' | 'damaged' | 'io';

/** What kind of storage fault an error is, or null when it is something else. */
export function storageProblem(err: unknown): StorageProblem | null {
  const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : null;
  if (!code) return null;
  const is = (prefix: string) => code === prefix || code.startsWith(`${prefix}_`);
  if (err instanceof Database.SqliteError) {
    if (SQLITE_DAMAGED.some(is)) return 'damaged';
    if (!SQLITE_STORAGE.some(is)) return null;
    if (is('SQLITE_FULL')) return 'full';
    if (is('SQLITE_READONLY') || is('SQLITE_CANTOPEN')) return 'read-only';
    if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) return 'busy';
    return 'io';
  }
  if (!FS_STORAGE.includes(code)) return null;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code === 'EIO') return 'io';
  return 'read-only';
}

export const STORAGE_PROBLEM_TEXT: Record<StorageProblem, string> = {
  full: 'the disk is full',
  'read-only': 'it is read-only (file system or permissions)',
  busy: 'the database is locked by another process',
  damaged: 'the database file is damaged or not an OSS database',
  io: 'the disk reported an I/O error',
};
