// The office's settings an admin edits: name, ticker, closing time, LINE and mail. Each group is one
// JSON value in the settings table ('office' was already the office's name). Secrets are readable
// here, by the hub's own code, and never by a client: view() shows only whether each is set.
import type { OfficeSettings, SettingsPatchBody, SettingsResponse } from '@oss/shared';
import { definedFields } from '../admin/patch.js';
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

export class OfficeSettingsStore {
  constructor(private readonly settings: SettingsRepo) {}

  private read<T extends object>(key: string, fallback: T): T {
    const raw = this.settings.get(key);
    return raw ? { ...fallback, ...(JSON.parse(raw) as Partial<T>) } : { ...fallback };
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

  /** What a client may see. */
  view(): SettingsResponse {
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
    if (patch.line) this.settings.set('line', JSON.stringify({ ...this.line(), ...definedFields(patch.line) }));
    if (patch.mail) this.settings.set('mail', JSON.stringify({ ...this.mail(), ...definedFields(patch.mail) }));
  }
}
