// Office settings: the office's name and the lobby ticker, the automatic day close, LINE and mail.
// Secrets are write-only: the page shows only whether one is set, with a field to replace it.
// OSS_PUBLIC_URL is the environment's (read-only here): without it the page says what is off.
import { SettingsPatchBody, type Lang, type Localized, type SettingsResponse } from '@oss/shared';
import { useCallback, useState } from 'react';
import type { AdminApi } from './admin-api';
import type { SectionProps } from './admin-page';
import { a } from './admin-messages';
import { LocalizedFields, TextField } from './fields';
import { FormShell } from './form-shell';
import { Flash, LoadState, useFlash } from './parts';
import { SecretField, secretValue, type SecretInput } from './secret-field';
import { useLoad } from './use-load';
import { check, useSubmit } from './use-submit';

export function SettingsPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(() => admin.settings(), [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [flash, setFlash] = useFlash();
  const [version, setVersion] = useState(0);
  return (
    <div className="admin-single">
      <Flash text={flash} lang={lang} />
      <LoadState error={error} loading={!data} lang={lang} />
      {data && <PublicUrl value={data.publicUrl} lang={lang} />}
      {data && (
        <SettingsForm
          key={version}
          admin={admin}
          settings={data}
          lang={lang}
          onSaved={() => {
            setFlash((l) => a('saved', l));
            void reload().then(() => setVersion((v) => v + 1));
          }}
        />
      )}
    </div>
  );
}

function PublicUrl({ value, lang }: { value: string | null; lang: Lang }) {
  if (value === null) {
    return (
      <p className="notice notice-info" role="status" data-testid="public-url-missing">
        {a('publicUrlMissing', lang)}
      </p>
    );
  }
  return (
    <p data-testid="public-url">
      {a('publicUrl', lang)}: <code>{value}</code>
    </p>
  );
}

const KEEP: SecretInput = { value: '', clear: false };

function SettingsForm({
  admin,
  settings,
  lang,
  onSaved,
}: {
  admin: AdminApi;
  settings: SettingsResponse;
  lang: Lang;
  onSaved: () => void;
}) {
  const [name, setName] = useState<Localized>(settings.office.name);
  const [announcement, setAnnouncement] = useState<Localized>(settings.office.announcement);
  const [dayClose, setDayClose] = useState(settings.office.dayCloseTime ?? '');
  const [basicId, setBasicId] = useState(settings.line.basicId ?? '');
  const [accessToken, setAccessToken] = useState(KEEP);
  const [channelSecret, setChannelSecret] = useState(KEEP);
  const [smtpUrl, setSmtpUrl] = useState(KEEP);
  const [from, setFrom] = useState(settings.mail.from ?? '');
  const { errors, busy, submit } = useSubmit();

  function save() {
    const body = {
      office: { name, announcement, dayCloseTime: dayClose || null },
      line: {
        basicId: basicId.trim() || null,
        channelAccessToken: secretValue(accessToken),
        channelSecret: secretValue(channelSecret),
      },
      mail: { from: from.trim() || null, smtpUrl: secretValue(smtpUrl) },
    };
    void submit(
      check(SettingsPatchBody, body, async (data) => {
        await admin.updateSettings(data);
        onSaved();
      }),
    );
  }

  const f = { errors, lang };
  return (
    <FormShell testId="settings-form" className="settings-form" {...f} busy={busy} onSubmit={save} submitTestId="settings-save">
      <fieldset>
        <legend>{a('office', lang)}</legend>
        <div className="form-grid">
          <LocalizedFields
            {...f}
            labels={{ th: a('officeNameTh', lang), en: a('officeNameEn', lang) }}
            path="office.name"
            value={name}
            onChange={setName}
            testId="office-name"
          />
          <LocalizedFields
            {...f}
            labels={{ th: a('announcementTh', lang), en: a('announcementEn', lang) }}
            path="office.announcement"
            value={announcement}
            onChange={setAnnouncement}
            testId="announcement"
          />
          <TextField
            {...f}
            label={a('dayCloseTime', lang)}
            path="office.dayCloseTime"
            type="time"
            value={dayClose}
            onChange={setDayClose}
            hint={a('dayCloseHint', lang)}
            testId="day-close-time"
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{a('line', lang)}</legend>
        <div className="form-grid">
          <TextField
            {...f}
            label={a('basicId', lang)}
            path="line.basicId"
            value={basicId}
            onChange={setBasicId}
            placeholder="@123abcde"
            testId="line-basic-id"
          />
          <SecretField
            {...f}
            label={a('accessToken', lang)}
            path="line.channelAccessToken"
            state={settings.line.channelAccessToken}
            input={accessToken}
            onChange={setAccessToken}
          />
          <SecretField
            {...f}
            label={a('channelSecret', lang)}
            path="line.channelSecret"
            state={settings.line.channelSecret}
            input={channelSecret}
            onChange={setChannelSecret}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{a('mail', lang)}</legend>
        <div className="form-grid">
          <SecretField
            {...f}
            label={a('smtpUrl', lang)}
            path="mail.smtpUrl"
            state={settings.mail.smtpUrl}
            input={smtpUrl}
            onChange={setSmtpUrl}
          />
          <TextField
            {...f}
            label={a('mailFrom', lang)}
            path="mail.from"
            value={from}
            onChange={setFrom}
            placeholder="oss@example.go.th"
            testId="mail-from"
          />
        </div>
      </fieldset>
    </FormShell>
  );
}
