// Online backups of the hub's database into <data dir>/backups, with SQLite's backup API (the hub
// keeps serving while it copies), written under a temporary name and renamed when complete, so a
// file with the final name is always a whole backup. The newest `keep` are kept.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '@oss/shared';
import type { Clock } from '../clock.js';
import { PRIVATE_FILE_MODE, privateDir, restrict, type Db } from '../db/open.js';

export const BACKUP_DIR = 'backups';
const NAME = /^oss-queue-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/;
const PARTIAL = '.partial';

export interface BackupsDeps {
  db: Db;
  /** The backups folder (created on the first backup). */
  dir: string;
  clock: Clock;
  timeZone: string;
  keep: number;
}

/** The local date and time in the office's zone as YYYYMMDD and HHMMSS. */
export function localStamp(date: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { day: `${get('year')}${get('month')}${get('day')}`, time: `${get('hour')}${get('minute')}${get('second')}` };
}

/**
 * A backup copies the live file's WAL mode; switched to a rollback journal it is one file that
 * can be copied, checked or opened read-only without -wal and -shm files appearing beside it.
 */
function selfContained(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** The local date and time a backup's name records, or null for a file that is not a backup. */
export function parseBackupName(file: string): { day: string; time: string } | null {
  const m = NAME.exec(file);
  return m ? { day: m[1]!, time: m[2]! } : null;
}

/** Sorts like the time it was taken: day, time, then the -2, -3 of backups in the same second. */
function order(file: string): string {
  const m = NAME.exec(file);
  return m ? `${m[1]}${m[2]}${(m[3] ?? '1').padStart(4, '0')}` : file;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

export class Backups {
  private running: Promise<BackupInfo> | null = null;

  constructor(private readonly deps: BackupsDeps) {}

  get keep(): number {
    return this.deps.keep;
  }

  /** Every complete backup, newest first. */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.deps.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => NAME.test(n))
      .sort((a, b) => order(b).localeCompare(order(a)))
      .map((file) => {
        const stat = statSync(join(this.deps.dir, file));
        return { file, bytes: stat.size, createdAt: stat.mtime.toISOString() };
      });
  }

  /** Takes a backup now; a call while one runs waits for that one instead of starting another. */
  take(): Promise<BackupInfo> {
    this.running ??= this.copy().finally(() => (this.running = null));
    return this.running;
  }

  private async copy(): Promise<BackupInfo> {
    const { db, dir, clock, timeZone } = this.deps;
    // A backup is the whole database: as private as the database (0700 folder, 0600 files).
    privateDir(dir);
    const { day, time } = localStamp(clock.now(), timeZone);
    const taken = new Set(readdirSync(dir));
    let file = `oss-queue-${day}-${time}.sqlite`;
    for (let n = 2; taken.has(file); n++) file = `oss-queue-${day}-${time}-${n}.sqlite`;
    const partial = join(dir, `${file}${PARTIAL}`);
    try {
      await db.backup(partial);
      selfContained(partial);
      restrict(partial, PRIVATE_FILE_MODE);
      renameSync(partial, join(dir, file));
    } catch (err) {
      for (const f of [partial, ...SIDE_FILES.map((x) => `${partial}${x}`)]) rmSync(f, { force: true });
      throw err;
    }
    this.rotate();
    const stat = statSync(join(dir, file));
    return { file, bytes: stat.size, createdAt: stat.mtime.toISOString() };
  }

  /** Deletes all but the newest `keep` backups, and copies a crash left half-written. */
  private rotate(): void {
    const { dir, keep } = this.deps;
    for (const old of this.list().slice(keep)) {
      for (const f of [old.file, ...SIDE_FILES.map((x) => `${old.file}${x}`)]) rmSync(join(dir, f), { force: true });
    }
    // Only one copy runs at a time (take() serialises), so any other partial file is a leftover.
    // Backups an older hub left readable to all are made private too.
    for (const name of readdirSync(dir)) {
      if (name.endsWith(PARTIAL)) rmSync(join(dir, name), { force: true });
      else restrict(join(dir, name), PRIVATE_FILE_MODE);
    }
  }
}
