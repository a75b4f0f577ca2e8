// Form controls for the admin pages: every input has its label tied to it, and its error (if any)
// under it, announced and linked with aria-describedby.
import type { Lang, Localized } from '@oss/shared';
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

/** What ties a control to its label, hint and error: spread onto the control. */
interface Linked {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The label above, the control (drawn by `children`), then the hint and the error under it. */
function Field({
  label,
  path,
  errors,
  lang,
  hint,
  className,
  children,
}: Omit<Common, 'testId'> & { className: string; children: (linked: Linked) => ReactNode }) {
  const id = useId();
  const error = errorAt(errors, path, lang);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
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
    </div>
  );
}

export function TextField({
  testId,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  placeholder,
  className,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'time' | 'number';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  className?: string;
}) {
  return (
    <Field {...common} className={`field ${className ?? ''}`}>
      {(linked) => (
        <input
          {...linked}
          type={type}
          value={value}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

function TextArea({
  testId,
  value,
  onChange,
  rows = 3,
  ...common
}: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Field {...common} className="field field-wide">
      {(linked) => (
        <textarea {...linked} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      )}
    </Field>
  );
}

export function SelectField<V extends string>({
  testId,
  value,
  options,
  onChange,
  ...common
}: Common & { value: V; options: ReadonlyArray<{ value: V; label: string }>; onChange: (value: V) => void }) {
  return (
    <Field {...common} className="field">
      {(linked) => (
        <select
          {...linked}
          value={value}
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
      )}
    </Field>
  );
}

/**
 * One text in Thai and English: two fields, at `${path}.th` and `${path}.en`, with test ids
 * `${testId}-th` and `${testId}-en`. Text areas when `rows` is given.
 */
export function LocalizedFields({
  labels,
  path,
  errors,
  lang,
  value,
  onChange,
  placeholders,
  rows,
  testId,
}: {
  /** The Thai field's label and the English field's label. */
  labels: Localized;
  path: string;
  errors: FieldErrors;
  lang: Lang;
  value: Localized;
  onChange: (value: Localized) => void;
  placeholders?: Localized;
  rows?: number;
  testId?: string;
}) {
  return (['th', 'en'] as const).map((side) => {
    const props = {
      label: labels[side],
      path: `${path}.${side}`,
      errors,
      lang,
      value: value[side],
      onChange: (text: string) => onChange({ ...value, [side]: text }),
      testId: testId ? `${testId}-${side}` : undefined,
    };
    return rows ? (
      <TextArea key={side} {...props} rows={rows} />
    ) : (
      <TextField key={side} {...props} placeholder={placeholders?.[side]} />
    );
  });
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
