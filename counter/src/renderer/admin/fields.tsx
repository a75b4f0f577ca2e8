// Form controls for the admin pages: every input has its label tied to it, and its error (if any)
// under it, announced and linked with aria-describedby.
import type { Lang } from '@oss/shared';
import { useId, type ReactNode } from 'react';
import { errorAt, FORM, type FieldErrors } from './form-errors';

interface Common {
  label: string;
  /** The field's path in the body, to find its error ("name.th"). */
  path: string;
  errors: FieldErrors;
  lang: Lang;
  hint?: string;
  testId?: string;
}

function useDescribed(path: string, errors: FieldErrors, lang: Lang, hint?: string) {
  const id = useId();
  const error = errorAt(errors, path, lang);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const after = (
    <>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert" data-testid={`error-${path}`}>
          {error}
        </span>
      )}
    </>
  );
  return { id, error, describedBy, after };
}

export function TextField({
  label,
  path,
  errors,
  lang,
  hint,
  testId,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  placeholder,
  className,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'time' | 'number';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  className?: string;
}) {
  const { id, error, describedBy, after } = useDescribed(path, errors, lang, hint);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {after}
    </div>
  );
}

export function TextArea({
  label,
  path,
  errors,
  lang,
  hint,
  testId,
  value,
  onChange,
  rows = 3,
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { id, error, describedBy, after } = useDescribed(path, errors, lang, hint);
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {after}
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  path,
  errors,
  lang,
  hint,
  testId,
  value,
  options,
  onChange,
}: Common & { value: V; options: ReadonlyArray<{ value: V; label: string }>; onChange: (value: V) => void }) {
  const { id, error, describedBy, after } = useDescribed(path, errors, lang, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>{label}</span>
    </label>
  );
}

/** What is wrong with the form as a whole (a refusal not tied to one field). */
export function FormError({ errors, lang, testId = 'form-error' }: { errors: FieldErrors; lang: Lang; testId?: string }) {
  const error = errorAt(errors, FORM, lang);
  if (!error) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}

/** A number typed in a text box: the number, or the text itself (so the schema names the problem). */
export function numberOrText(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}
