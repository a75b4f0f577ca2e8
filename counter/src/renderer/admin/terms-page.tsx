// Terms of use and privacy notice (PDPA): versions are append-only; the newest is current and
// citizens consent to it by version. Publishing a new one is the only change.
import { formatDate, formatTime, TermsCreateBody, type Lang } from '@oss/shared';
import { useCallback, useState, type FormEvent } from 'react';
import type { SectionProps } from './admin-page';
import { a } from './admin-messages';
import { FormError, TextArea } from './fields';
import { serverErrors, validate, type FieldErrors } from './form-errors';
import { Flash, LoadState, localZone, useFlash } from './parts';
import { useLoad } from './use-load';

export function TermsPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => (await admin.terms()).versions, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [flash, setFlash] = useFlash();
  const when = (iso: string) =>
    `${formatDate(new Date(iso), lang, localZone(), 'short')} ${formatTime(new Date(iso), localZone())}`;

  return (
    <div className="admin-split">
      <section className="card manage-card">
        <h2>{lang === 'th' ? 'ฉบับที่ประกาศแล้ว' : 'Published versions'}</h2>
        <Flash text={flash} lang={lang} />
        <LoadState error={error} loading={!data} lang={lang} />
        {data && data.length === 0 && <p className="muted">{a('none', lang)}</p>}
        <ol className="terms-list" data-testid="terms-list">
          {data?.map((v, i) => (
            <li key={v.version} data-testid={`terms-${v.version}`}>
              <details>
                <summary>
                  <strong>
                    {a('version', lang)} {v.version}
                  </strong>{' '}
                  · {when(v.createdAt)} {i === 0 && <span className="pill pill-open">{a('current', lang)}</span>}
                </summary>
                <div className="terms-text">
                  <h3>ไทย</h3>
                  <p>{v.text.th}</p>
                  <h3>English</h3>
                  <p>{v.text.en}</p>
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <NewTerms
        admin={admin}
        lang={lang}
        onCreated={(version) => {
          setFlash((l) => `${a('saved', l)}: ${a('version', l)} ${version}`);
          void reload();
        }}
      />
    </div>
  );
}

function NewTerms({
  admin,
  lang,
  onCreated,
}: {
  admin: SectionProps['admin'];
  lang: Lang;
  onCreated: (version: number) => void;
}) {
  const [th, setTh] = useState('');
  const [en, setEn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function publish(e: FormEvent) {
    e.preventDefault();
    const checked = validate(TermsCreateBody, { text: { th, en } });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { terms } = await admin.createTerms(checked.data);
      setTh('');
      setEn('');
      onCreated(terms.version);
    } catch (err) {
      setErrors(serverErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card manage-card admin-form" onSubmit={publish} noValidate data-testid="terms-form">
      <h2>{a('newTerms', lang)}</h2>
      <p className="muted">{a('termsHint', lang)}</p>
      <div className="form-grid">
        <TextArea
          label={a('termsTh', lang)}
          path="text.th"
          errors={errors}
          lang={lang}
          value={th}
          onChange={setTh}
          rows={8}
          testId="terms-th"
        />
        <TextArea
          label={a('termsEn', lang)}
          path="text.en"
          errors={errors}
          lang={lang}
          value={en}
          onChange={setEn}
          rows={8}
          testId="terms-en"
        />
      </div>
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="terms-save">
          {busy ? a('saving', lang) : a('newTerms', lang)}
        </button>
      </div>
    </form>
  );
}
