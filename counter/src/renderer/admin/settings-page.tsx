// Office settings: the office's name and the lobby ticker, the automatic day close, LINE and mail.
// Secrets are write-only: the page shows only whether one is set, with a field to replace it.
import { SettingsPatchBody, type Lang, type Localized, type SettingsResponse } from '@oss/shared';
import { useCallback, useState, type FormEvent } from 'react';
import type { AdminApi } from './admin-api';
import type { SectionProps } from './admin-page';
import { a } from './admin-messages';
import { FormError, TextField } from './fields';
import { serverErrors, validate, type FieldErrors } from './form-errors';
import { Flash, LoadState, useFlash } from './parts';
import { SecretField, secretValue, type SecretInput } from './secret-field';
import { useLoad } from './use-load';

export function SettingsPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(() => admin.settings(), [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [flash, setFlash] = useFlash();
  const [version, setVersion] = useState(0);
  return (
    <div className="admin-single">
      <Flash text={flash} lang={lang} />
      <LoadState error={error} loading={!data} lang={lang} />
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = {
      office: { name, announcement, dayCloseTime: dayClose || null },
      line: {
        basicId: basicId.trim() || null,
        channelAccessToken: secretValue(accessToken),
        channelSecret: secretValue(channelSecret),
      },
      mail: { from: from.trim() || null, smtpUrl: secretValue(smtpUrl) },
    };
    const checked = validate(SettingsPatchBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await admin.updateSettings(checked.data);
      onSaved();
    } catch (err) {
      setErrors(serverErrors(err));
      setBusy(false);
    }
  }

  const f = { errors, lang };
  return (
    <form className="card manage-card admin-form settings-form" onSubmit={save} noValidate data-testid="settings-form">
      <fieldset>
        <legend>{a('office', lang)}</legend>
        <div className="form-grid">
          <TextField
            {...f}
            label={a('officeNameTh', lang)}
            path="office.name.th"
            value={name.th}
            onChange={(th) => setName({ ...name, th })}
            testId="office-name-th"
          />
          <TextField
            {...f}
            label={a('officeNameEn', lang)}
            path="office.name.en"
            value={name.en}
            onChange={(en) => setName({ ...name, en })}
            testId="office-name-en"
          />
          <TextField
            {...f}
            label={a('announcementTh', lang)}
            path="office.announcement.th"
            value={announcement.th}
            onChange={(th) => setAnnouncement({ ...announcement, th })}
            testId="announcement-th"
          />
          <TextField
            {...f}
            label={a('announcementEn', lang)}
            path="office.announcement.en"
            value={announcement.en}
            onChange={(en) => setAnnouncement({ ...announcement, en })}
            testId="announcement-en"
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
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="settings-save">
          {busy ? a('saving', lang) : a('save', lang)}
        </button>
      </div>
    </form>
  );
}
