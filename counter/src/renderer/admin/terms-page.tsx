// Terms of use and privacy notice (PDPA): versions are append-only; the newest is current and
// citizens consent to it by version. Publishing a new one is the only change.
import { formatDate, formatTime, TermsCreateBody, type Lang, type Localized } from '@oss/shared';
import { useCallback, useState } from 'react';
import type { SectionProps } from './admin-page';
import { a } from './admin-messages';
import { LocalizedFields } from './fields';
import { FormShell } from './form-shell';
import { ListPage } from './list-page';
import { localZone, useFlash } from './parts';
import { useLoad } from './use-load';
import { check, useSubmit } from './use-submit';

export function TermsPage({ admin, lang, onUnauthorized }: SectionProps) {
  const load = useCallback(async () => (await admin.terms()).versions, [admin]);
  const { data, error, reload } = useLoad(load, onUnauthorized);
  const [flash, setFlash] = useFlash();
  const when = (iso: string) =>
    `${formatDate(new Date(iso), lang, localZone(), 'short')} ${formatTime(new Date(iso), localZone())}`;

  const side = (
    <NewTerms
      admin={admin}
      lang={lang}
      onCreated={(version) => {
        setFlash((l) => `${a('saved', l)}: ${a('version', l)} ${version}`);
        void reload();
      }}
    />
  );
  return (
    <ListPage
      title={lang === 'th' ? 'ฉบับที่ประกาศแล้ว' : 'Published versions'}
      lang={lang}
      flash={flash}
      error={error}
      loading={!data}
      side={side}
    >
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
    </ListPage>
  );
}

const EMPTY: Localized = { th: '', en: '' };

function NewTerms({
  admin,
  lang,
  onCreated,
}: {
  admin: SectionProps['admin'];
  lang: Lang;
  onCreated: (version: number) => void;
}) {
  const [text, setText] = useState(EMPTY);
  const { errors, busy, submit } = useSubmit();

  function publish() {
    void submit(
      check(TermsCreateBody, { text }, async (data) => {
        const { terms } = await admin.createTerms(data);
        setText(EMPTY);
        onCreated(terms.version);
      }),
    );
  }

  const f = { errors, lang };
  return (
    <FormShell
      testId="terms-form"
      title={a('newTerms', lang)}
      {...f}
      busy={busy}
      onSubmit={publish}
      submitLabel={a('newTerms', lang)}
      submitTestId="terms-save"
    >
      <p className="muted">{a('termsHint', lang)}</p>
      <div className="form-grid">
        <LocalizedFields
          {...f}
          labels={{ th: a('termsTh', lang), en: a('termsEn', lang) }}
          path="text"
          value={text}
          onChange={setText}
          rows={8}
          testId="terms"
        />
      </div>
    </FormShell>
  );
}
