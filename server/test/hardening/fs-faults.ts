// File-system faults for tests: a tiny tmpfs (a disk that fills up), read-only mounts, and
// read-only permissions. Root ignores permission bits, so as root read-only means a read-only
// mount; elsewhere chmod does it. Mounting needs root (and a container that allows it): tests
// that need a mount skip without one.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

function run(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether this process may mount file systems (tried once, on a scratch directory). */
export const canMount: boolean = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const dir = mkdtempSync(join(tmpdir(), 'oss-mount-probe-'));
  const ok = run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (ok) run('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return ok;
})();

/** Whether a read-only directory or file can be made here (a mount as root, chmod otherwise). */
export const canMakeReadOnly: boolean = isRoot ? canMount : process.platform !== 'win32';

export interface Undo {
  undo(): void;
}

/** A fresh tmpfs of `size` (e.g. "3m") on a new temp directory. */
export function tinyDisk(size: string, readOnly = false): { dir: string } & Undo {
  const dir = mkdtempSync(join(tmpdir(), 'oss-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  return {
    dir,
    undo() {
      run('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system holding `dir` with one file until it is full; returns the file. */
export function fill(dir: string, name = 'filler.bin'): string {
  const file = join(dir, name);
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0xaa);
  try {
    for (let i = 0; i < 100_000; i++) {
      try {
        writeSync(fd, chunk);
      } catch {
        // ENOSPC: now the last pages, in small writes.
        for (let j = 0; j < 1024; j++) {
          try {
            writeSync(fd, chunk.subarray(0, 512));
          } catch {
            return file;
          }
        }
        return file;
      }
    }
  } finally {
    closeSync(fd);
  }
  throw new Error(`${dir} did not fill up`);
}

/** Makes a directory or a file read-only for this process; undo() makes it writable again. */
export function makeReadOnly(path: string, kind: 'dir' | 'file'): Undo {
  if (isRoot) {
    execFileSync('mount', ['--bind', path, path]);
    execFileSync('mount', ['-o', 'remount,ro,bind', path]);
    return { undo: () => void run('umount', [path]) };
  }
  chmodSync(path, kind === 'dir' ? 0o555 : 0o444);
  return { undo: () => chmodSync(path, kind === 'dir' ? 0o755 : 0o644) };
}
