// The office's settings an admin edits: name, ticker, closing time, LINE and mail. Each group is one
// JSON value in the settings table ('office' was already the office's name). Secrets are stored
// encrypted with the install's key (secret-box.ts) and readable here, by the hub's own code, and
// never by a client: view() shows only whether each is set.
import type { OfficeSettings, SettingsPatchBody, SettingsResponse } from '@oss/shared';
import { definedFields } from '../admin/patch.js';
import { SecretBox } from './secret-box.js';
import type { SettingsRepo } from './settings-repo.js';

const DEFAULT_OFFICE: OfficeSettings = {
  name: { th: 'ศูนย์บริการประชาชน', en: 'One Stop Service Centre' },
  announcement: { th: '', en: '' },
  dayCloseTime: null,
};

export interface LineSettings {
  channelAccessToken: string | null;
  channelSecret: string | null;
  basicId: string | null;
}

export interface MailSettings {
  smtpUrl: string | null;
  from: string | null;
}

const EMPTY_LINE: LineSettings = { channelAccessToken: null, channelSecret: null, basicId: null };
const EMPTY_MAIL: MailSettings = { smtpUrl: null, from: null };

/** The fields stored encrypted (secret-box.ts), by settings key. */
const SECRET_FIELDS: Record<string, readonly string[]> = {
  line: ['channelAccessToken', 'channelSecret'],
  mail: ['smtpUrl'],
};

export class OfficeSettingsStore {
  constructor(
    private readonly settings: SettingsRepo,
    private readonly secrets: SecretBox,
  ) {}

  /** The stored group as JSON fields, secrets still as stored (sealed, or clear from an older hub). */
  private stored(key: string): Record<string, unknown> {
    const raw = this.settings.get(key);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  }

  private read<T extends object>(key: string, fallback: T): T {
    const values = this.stored(key);
    for (const field of SECRET_FIELDS[key] ?? []) {
      const value = values[field];
      if (typeof value === 'string') values[field] = this.secrets.open(value, `${key}.${field}`);
    }
    return { ...fallback, ...(values as Partial<T>) };
  }

  /** Writes a group, its secret fields sealed. */
  private write(key: string, values: object): void {
    const out: Record<string, unknown> = { ...values };
    for (const field of SECRET_FIELDS[key] ?? []) {
      const value = out[field];
      if (typeof value === 'string') out[field] = this.secrets.seal(value, `${key}.${field}`);
    }
    this.settings.set(key, JSON.stringify(out));
  }

  /**
   * Seals the secrets an older hub stored in clear (run at start; the caller wraps it in a
   * transaction). Returns how many groups it rewrote.
   */
  sealStored(): number {
    let rewritten = 0;
    for (const [key, fields] of Object.entries(SECRET_FIELDS)) {
      const values = this.stored(key);
      const clear = fields.some((f) => typeof values[f] === 'string' && !SecretBox.isSealed(values[f]));
      if (!clear) continue;
      this.write(key, this.read(key, {}));
      rewritten++;
    }
    return rewritten;
  }

  office(): OfficeSettings {
    return this.read('office', DEFAULT_OFFICE);
  }

  /** LINE credentials set by an admin; the LINE module prefers these to the environment's. */
  line(): LineSettings {
    return this.read('line', EMPTY_LINE);
  }

  mail(): MailSettings {
    return this.read('mail', EMPTY_MAIL);
  }

  /** What a client may see of the stored settings (the admin's view adds OSS_PUBLIC_URL). */
  view(): Omit<SettingsResponse, 'publicUrl'> {
    const line = this.line();
    const mail = this.mail();
    return {
      office: this.office(),
      line: {
        channelAccessToken: { set: line.channelAccessToken !== null },
        channelSecret: { set: line.channelSecret !== null },
        basicId: line.basicId,
      },
      mail: { smtpUrl: { set: mail.smtpUrl !== null }, from: mail.from },
    };
  }

  /** Applies a patch; the caller runs it in a transaction and audits view() before and after. */
  apply(patch: SettingsPatchBody): void {
    if (patch.office) this.settings.set('office', JSON.stringify({ ...this.office(), ...definedFields(patch.office) }));
    if (patch.line) this.write('line', { ...this.line(), ...definedFields(patch.line) });
    if (patch.mail) this.write('mail', { ...this.mail(), ...definedFields(patch.mail) });
  }
}
