// Citizen IDs are stored only as HMAC-SHA256 with a per-install secret (docs/design.md §3.7, PDPA). The
// secret lives in a file beside the database, not in it, so a copy of the database alone cannot
// be brute-forced back to ID numbers. Back the key up with the database: without it, registered
// IDs can no longer be matched (accounts keep working).
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CITIZEN_ID_KEY_FILE = 'citizen-id.key';

/**
 * The install's secret: 32 random bytes in <dataDir>/citizen-id.key, created on first use (mode
 * 0600), never replaced. Citizen IDs are keyed with it as it is; other uses derive their own key
 * from it (the settings' secrets: server/src/settings/secret-box.ts).
 */
export function installKey(dataDir: string): Buffer {
  const file = join(dataDir, CITIZEN_ID_KEY_FILE);
  let key: Buffer;
  try {
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // 'wx' fails if another process made it meanwhile: then read theirs.
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch {
      // Made by someone else between our read and write.
    }
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
  if (key.length < 32) throw new Error(`${file} is damaged: it must hold 64 hex digits`);
  return key;
}

export class CitizenIdHasher {
  private key: Buffer | null = null;

  constructor(private readonly dataDir: string) {}

  /** The hex HMAC of a normalized 13-digit ID. */
  hash(citizenId: string): string {
    return createHmac('sha256', this.secret()).update(citizenId).digest('hex');
  }

  /** Read once. */
  private secret(): Buffer {
    return (this.key ??= installKey(this.dataDir));
  }
}
