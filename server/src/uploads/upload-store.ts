// Uploaded files on disk: <data dir>/uploads/<sha256 of the content>. The name comes from the
// bytes alone, so no client string ever reaches a path, and the same file sent twice is kept once.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;

export class UploadStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'uploads');
  }

  static hash(content: Uint8Array): string {
    return createHash('sha256').update(content).digest('hex');
  }

  /** Writes the content under its hash (atomically: a temp file renamed); returns the hash. */
  put(content: Uint8Array): string {
    const sha = UploadStore.hash(content);
    const path = this.path(sha);
    if (existsSync(path)) return sha;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = join(this.dir, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    return sha;
  }

  read(sha: string): Buffer | null {
    try {
      return readFileSync(this.path(sha));
    } catch {
      return null;
    }
  }

  /** The hashes of the stored files. */
  list(): string[] {
    try {
      return readdirSync(this.dir).filter((f) => SHA256.test(f));
    } catch {
      return [];
    }
  }

  remove(sha: string): void {
    rmSync(this.path(sha), { force: true });
  }

  private path(sha: string): string {
    if (!SHA256.test(sha)) throw new Error('not a sha256');
    return join(this.dir, sha);
  }
}
