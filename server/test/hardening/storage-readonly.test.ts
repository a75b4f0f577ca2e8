// A hub started on a data directory it cannot write stops at once with a message that names the
// directory (or file) and the problem, exits non-zero, and leaves the database untouched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDataDir, StorageError } from '../../src/db/data-dir.js';
import { DB_FILE } from '../../src/db/open.js';
import { startTestHub } from '../../../test/support/hub.js';
import { spawnHub } from '../../../test/support/hub-process.js';
import { canMakeReadOnly, canMount, makeReadOnly, tinyDisk, type Undo } from './fs-faults.js';
import { call } from './support.js';

const undo: Undo[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const u of undo.reverse()) u.undo();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts a hub process that must fail; resolves to everything it printed. */
async function failedStart(dataDir: string): Promise<string> {
  return spawnHub({ OSS_DATA_DIR: dataDir }).then(
    (h) => {
      h.child.kill('SIGKILL');
      throw new Error(`the hub started on ${dataDir}`);
    },
    (err: Error) => err.message,
  );
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectClearRefusal(output: string, names: string, problem: RegExp): void {
  expect(output).toMatch(/hub exited with 1/);
  expect(output).toContain(names);
  expect(output).toMatch(problem);
  expect(output).toContain('OSS_DATA_DIR');
  expect(output).not.toMatch(/\n\s+at /); // no stack trace
}

describe('a read-only data directory', () => {
  it('stops the hub with a clear message when the directory cannot be written', async () => {
    expect(canMakeReadOnly, 'a read-only data directory needs a tmpfs mount (as root) or a non-root user').toBe(true);
    let dataDir: string;
    if (canMount) {
      // A read-only file system (as root, permission bits would not stop the hub).
      const disk = tinyDisk('1m', true);
      undo.push(disk);
      dataDir = disk.dir;
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'oss-ro-'));
      dirs.push(dataDir);
      undo.push(makeReadOnly(dataDir, 'dir'));
    }
    const output = await failedStart(dataDir);
    expectClearRefusal(output, dataDir, /cannot be written: (the file system is read-only|permission denied)/);
  }, 30_000);

  it('stops the hub when the database file is read-only, and leaves it untouched', async () => {
    expect(canMakeReadOnly, 'a read-only data directory needs a tmpfs mount (as root) or a non-root user').toBe(true);
    const dataDir = mkdtempSync(join(tmpdir(), 'oss-ro-file-'));
    dirs.push(dataDir);
    // A database with tickets in it, from a hub that then stopped.
    const first = await startTestHub({ dataDir });
    for (const serviceId of [1, 2]) expect((await call(first.url, '/api/v1/tickets', { body: { serviceId } })).status).toBe(201);
    await first.dispose();
    const file = join(dataDir, DB_FILE);
    const before = sha(file);
    const readOnly = makeReadOnly(file, 'file');
    try {
      const output = await failedStart(dataDir);
      expectClearRefusal(output, file, /cannot be written: (the file system is read-only|permission denied)/);
      expect(sha(file)).toBe(before);
    } finally {
      readOnly.undo();
    }
    // Writable again: the same database, whole.
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n).toBe(2);
    db.close();
  }, 30_000);

  it('names a data directory path that is a file (checked before the database is opened)', () => {
    const parent = mkdtempSync(join(tmpdir(), 'oss-notdir-'));
    dirs.push(parent);
    const file = join(parent, 'plain-file');
    writeFileSync(file, 'not a directory');
    expect(() => prepareDataDir(file)).toThrow(StorageError);
    expect(() => prepareDataDir(file)).toThrow(`The data directory ${file} cannot be created: a file of that name is in the way`);
    expect(() => prepareDataDir(join(file, 'below'))).toThrow(/a part of the path is a file/);
  });
});
