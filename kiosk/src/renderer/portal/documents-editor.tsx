// A draft request's files: choose files on the phone, each sent as it is (the hub checks the type
// from the bytes and the size), listed with a remove button.
import type { DocumentInfo, Lang } from '@oss/shared';
import { MAX_DOCUMENT_BYTES } from '@oss/shared';
import { useState } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine } from './form.js';
import { P } from './messages.js';

interface Props {
  lang: Lang;
  requestId: number;
  documents: DocumentInfo[];
  onChanged: () => void;
}

export function DocumentsEditor({ lang, requestId, documents, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of Array.from(files)) {
        // Said at once for a file that is obviously too big; the hub checks again.
        if (file.size > MAX_DOCUMENT_BYTES) throw Object.assign(new Error('too large'), { code: 'file-too-large' });
        await portalApi.upload(requestId, file);
      }
    } catch (err) {
      setError(err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : errorCodeOf(err));
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    <div className="documents" data-testid="documents-editor">
      <label className="field">
        <span className="field-label">{P.attach[lang]}</span>
        <input
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          multiple
          disabled={busy}
          onChange={(e) => {
            void upload(e.target.files);
            e.target.value = '';
          }}
          data-testid="attach-files"
        />
      </label>
      {busy && <p role="status">{P.uploading[lang]}</p>}
      <ErrorLine code={error} lang={lang} />
      {documents.length > 0 && (
        <ul className="file-list" aria-label={P.attached[lang]} data-testid="attached">
          {documents.map((d) => (
            <li key={d.id} data-testid="attached-file">
              <span>{d.name}</span>
              <span className="muted">{Math.max(1, Math.round(d.size / 1024))} KB</span>
              <button
                type="button"
                className="link"
                onClick={() => void portalApi.removeDocument(requestId, d.id).then(onChanged, onChanged)}
              >
                {P.remove[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
