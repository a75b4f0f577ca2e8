// The frame of every admin form: its title, its fields (given), what is wrong with it as a whole,
// and the buttons: delete (two presses), cancel, and save ("saving…" while it is sent).
import type { Lang } from '@oss/shared';
import type { ReactNode } from 'react';
import { a } from './admin-messages';
import { FormError } from './fields';
import type { FieldErrors } from './form-errors';
import { ConfirmButton } from './parts';

interface Props {
  testId: string;
  /** The heading; none for a form that is the whole page. */
  title?: ReactNode;
  /** A class besides the card's own. */
  className?: string;
  lang: Lang;
  errors: FieldErrors;
  busy: boolean;
  onSubmit: () => void;
  /** The save button's text; "save" unless given. */
  submitLabel?: string;
  submitTestId: string;
  /** With a cancel button when given. */
  onCancel?: () => void;
  /** With a delete button when given. */
  onRemove?: () => void;
  children: ReactNode;
}

export function FormShell({
  testId,
  title,
  className,
  lang,
  errors,
  busy,
  onSubmit,
  submitLabel,
  submitTestId,
  onCancel,
  onRemove,
  children,
}: Props) {
  return (
    <form
      className={className ? `card manage-card admin-form ${className}` : 'card manage-card admin-form'}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
      data-testid={testId}
    >
      {title !== undefined && <h2>{title}</h2>}
      {children}
      <FormError errors={errors} lang={lang} />
      <div className="form-buttons">
        {onRemove && <ConfirmButton label={a('remove', lang)} lang={lang} disabled={busy} onConfirm={onRemove} />}
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {a('cancel', lang)}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid={submitTestId}>
          {busy ? a('saving', lang) : (submitLabel ?? a('save', lang))}
        </button>
      </div>
    </form>
  );
}
