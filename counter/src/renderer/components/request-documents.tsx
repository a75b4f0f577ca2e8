// The files a citizen attached to their request. The hub serves them only with the staff login's
// bearer token, so a plain link cannot fetch them: a press downloads the bytes with the token and
// hands them to the browser as a file under the document's display name.
import type { DocumentInfo, Lang } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useEffect, useRef, useState } from 'react';
import { DOCUMENT_TYPE_LABELS, errorText, t } from '../messages';

interface Props {
  api: Api;
  documents: DocumentInfo[];
  lang: Lang;
  onUnauthorized: () => void;
}

// Long enough for the browser to have read the blob into its download.
const REVOKE_AFTER_MS = 60_000;

export function RequestDocuments({ api, documents, lang, onUnauthorized }: Props) {
  const [downloading, setDownloading] = useState<number | null>(null);
  const [failed, setFailed] = useState<{ id: number; error: unknown } | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  function download(doc: DocumentInfo) {
    setDownloading(doc.id);
    setFailed(null);
    api.requestDocument(doc.id).then(
      (blob) => {
        saveBlob(blob, doc.name);
        if (live.current) setDownloading(null);
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) onUnauthorized();
        if (!live.current) return;
        setDownloading(null);
        setFailed({ id: doc.id, error });
      },
    );
  }

  return (
    <div className="request-documents">
      <h3>{t('documents', lang)}</h3>
      {documents.length === 0 ? (
        <p className="muted" data-testid="no-documents">
          {t('noDocuments', lang)}
        </p>
      ) : (
        <ul>
          {documents.map((doc) => (
            <li key={doc.id} data-testid={`document-${doc.id}`}>
              {doc.purged ? (
                <span className="muted">
                  {doc.name} · {t('documentPurged', lang)}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  disabled={downloading !== null}
                  onClick={() => download(doc)}
                  data-testid={`document-link-${doc.id}`}
                >
                  {doc.name}
                </button>
              )}{' '}
              <span className="muted">
                {DOCUMENT_TYPE_LABELS[doc.type]} · {sizeText(doc.size)}
              </span>
              {downloading === doc.id && <span className="muted"> · {t('downloading', lang)}</span>}
              {failed?.id === doc.id && (
                <span className="request-inline-error" role="alert" data-testid="document-error">
                  {' '}
                  {errorText(failed.error, lang)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
