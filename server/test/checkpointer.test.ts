// WAL checkpoints from a worker thread (db/checkpointer.ts): the hub's connection stops
// checkpointing inside its commits, the worker keeps the WAL short, and if the worker cannot run
// SQLite's automatic checkpoint comes back so the WAL never grows without bound.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpointer } from '../src/db/checkpointer.js';
import { DB_FILE, openDatabase, type Db } from '../src/db/open.js';
import { until } from '../../test/support/until.js';

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.open && db.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function fileDb(): { db: Db; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oss-ckpt-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  open.push(db);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return { db, dir };
}

function write(db: Db, commits: number): void {
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  for (let i = 0; i < commits; i++) insert.run('x'.repeat(2000));
}

const autoCheckpoint = (db: Db) => db.pragma('wal_autocheckpoint', { simple: true });
const walFrames = (db: Db) => (db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>)[0]!.log;

describe('the WAL checkpointer', () => {
  it('checkpoints from its worker while the hub’s connection leaves commits alone', async () => {
    const { db } = fileDb();
    const checkpointer = Checkpointer.start(db, { everyMs: 20 })!;
    expect(checkpointer.active).toBe(true);
    expect(autoCheckpoint(db)).toBe(0);
    write(db, 1500); // well past the 1,000 pages at which SQLite would checkpoint inside a commit
    const stats = await checkpointer.now();
    expect(stats.walFrames).toBeGreaterThan(1000);
    expect(stats.checkpointed).toBe(stats.walFrames);
    // And on its own timer, without being asked: only the timer reports after that one answer, and
    // a report with another WAL length is one taken after these commits.
    write(db, 10);
    await until(() => {
      const now = checkpointer.stats!;
      return now !== stats && now.walFrames !== stats.walFrames && now.checkpointed === now.walFrames;
    }, 'a checkpoint of the new commits from the worker’s timer');
    expect(checkpointer.stats!.walFrames).toBeGreaterThan(0);
    expect(checkpointer.stats!.checkpointed).toBe(checkpointer.stats!.walFrames);
    await checkpointer.stop();
    expect(autoCheckpoint(db)).toBe(1000);
  });

  it('falls back to SQLite’s automatic checkpoints when the worker cannot run', async () => {
    const { db, dir } = fileDb();
    // The worker opens the file by name: moved away, it fails (the hub's connection keeps its handle).
    renameSync(join(dir, DB_FILE), join(dir, 'moved.sqlite'));
    const errors: Error[] = [];
    const checkpointer = Checkpointer.start(db, { onError: (err) => errors.push(err) })!;
    await until(() => !checkpointer.active, 'the worker to fail');
    expect(errors.length).toBeGreaterThan(0);
    expect(autoCheckpoint(db)).toBe(1000);
    write(db, 1500);
    // SQLite checkpointed inside the commits again: the WAL was restarted, not left 1,500 frames long.
    expect(walFrames(db)).toBeLessThan(1500);
    expect((await checkpointer.now()).checkpointed).toBeGreaterThanOrEqual(0);
    await checkpointer.stop();
  });

  it('has nothing to do for an in-memory database', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    expect(Checkpointer.start(db)).toBeNull();
  });
});
