// The secrets an admin stores in the office settings (the LINE channel's access token and secret,
// the SMTP URL with its password) are kept encrypted in the database: AES-256-GCM under a key
// derived (HKDF-SHA256) from the install's secret, which lives beside the database and not in it
// (server/src/citizens/citizen-id-key.ts). A copy of the database file or a backup alone shows no
// secret; with the key file beside it, the hub reads them as before. Each value is bound to its
// field (the GCM additional data), so a sealed value moved to another field does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { installKey } from '../citizens/citizen-id-key.js';

/** A sealed value: `enc:v1:` and base64url(iv ‖ tag ‖ ciphertext). Anything else is an old clear value. */
const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_INFO = 'oss-queue settings secrets v1';

export class SecretBox {
  private key: Buffer | null = null;

  constructor(private readonly dataDir: string) {}

  static isSealed(stored: string): boolean {
    return stored.startsWith(SEALED_PREFIX);
  }

  /** Encrypts `plain` for the field `field` (e.g. "line.channelSecret"). */
  seal(plain: string, field: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.secret(), iv);
    cipher.setAAD(Buffer.from(field, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /**
   * The clear value of what the settings hold: a sealed value decrypted, an old clear value as it
   * is (sealStored re-encrypts those); null when it does not open (another install's key, a lost
   * key file, a damaged value), so the setting reads as not set and an admin sets it again.
   */
  open(stored: string, field: string): string | null {
    if (!SecretBox.isSealed(stored)) return stored;
    const raw = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.secret(), raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(field, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  private secret(): Buffer {
    return (this.key ??= Buffer.from(hkdfSync('sha256', installKey(this.dataDir), Buffer.alloc(0), HKDF_INFO, 32)));
  }
}
