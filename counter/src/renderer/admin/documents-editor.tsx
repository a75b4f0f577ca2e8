// The documents a citizen brings for a service, Thai and English, in the order the kiosk lists them.
import type { Lang, Localized } from '@oss/shared';
import { a } from './admin-messages';
import { TextField } from './fields';
import type { FieldErrors } from './form-errors';

interface Props {
  documents: Localized[];
  onChange: (documents: Localized[]) => void;
  errors: FieldErrors;
  lang: Lang;
}

export function DocumentsEditor({ documents, onChange, errors, lang }: Props) {
  const set = (i: number, doc: Localized) => onChange(documents.map((d, j) => (j === i ? doc : d)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...documents];
    const [doc] = next.splice(i, 1);
    if (doc) next.splice(i + by, 0, doc);
    onChange(next);
  };
  return (
    <fieldset className="field-wide documents" data-testid="documents-editor">
      <legend>{a('documents', lang)}</legend>
      {documents.length === 0 && <p className="muted">{a('none', lang)}</p>}
      <ol>
        {documents.map((doc, i) => (
          <li key={i} className="document-row">
            <div className="document-fields">
              <TextField
                label={`${a('documentTh', lang)} ${i + 1}`}
                path={`documents.${i}.th`}
                errors={errors}
                lang={lang}
                value={doc.th}
                onChange={(th) => set(i, { ...doc, th })}
                testId={`document-th-${i}`}
              />
              <TextField
                label={`${a('documentEn', lang)} ${i + 1}`}
                path={`documents.${i}.en`}
                errors={errors}
                lang={lang}
                value={doc.en}
                onChange={(en) => set(i, { ...doc, en })}
                testId={`document-en-${i}`}
              />
            </div>
            <div className="row-buttons">
              <button
                type="button"
                className="btn btn-small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`${a('moveUp', lang)} ${i + 1}`}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={i === documents.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`${a('moveDown', lang)} ${i + 1}`}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => onChange(documents.filter((_, j) => j !== i))}
                aria-label={`${a('remove', lang)} ${i + 1}`}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-small"
        disabled={documents.length >= 30}
        onClick={() => onChange([...documents, { th: '', en: '' }])}
        data-testid="add-document"
      >
        + {a('addDocument', lang)}
      </button>
    </fieldset>
  );
}
