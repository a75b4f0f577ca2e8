// Small form pieces the portal's pages share: a labelled field, a form's values bound to its
// fields, a labelled checkbox and an error line.
import type { Lang, Localized } from '@oss/shared';
import { useState, type InputHTMLAttributes } from 'react';
import { errorText } from './messages.js';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: Localized;
  lang: Lang;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string | null;
}

export function Field({ label, lang, value, onChange, testId, hint, ...rest }: FieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label[lang]}</span>
      <input
        {...rest}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        aria-invalid={hint ? true : undefined}
      />
      {hint && <span className="field-hint error-text">{hint}</span>}
    </label>
  );
}

/** The keys of T that hold text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/**
 * Binds Fields to one key each of a form's values: `const field = bindFields(values, update)`,
 * then `<Field {...field('username')} …/>` shows `values.username` and updates it.
 */
export function bindFields<T extends object>(values: T, update: (patch: Partial<T>) => void) {
  return (key: TextKey<T>): Pick<FieldProps, 'value' | 'onChange'> => ({
    value: String(values[key]),
    // TypeScript cannot see that a text key takes a string.
    onChange: (value) => update({ [key]: value } as Partial<T>),
  });
}

/** A form's values, an update with some of them, and the Field binding (bindFields). */
export function useForm<T extends object>(initial: T) {
  const [values, setValues] = useState(initial);
  const update = (patch: Partial<T>) => setValues((old) => ({ ...old, ...patch }));
  return { values, update, field: bindFields(values, update) };
}

interface CheckProps {
  label: Localized;
  lang: Lang;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}

export function Check({ label, lang, checked, onChange, testId }: CheckProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>{label[lang]}</span>
    </label>
  );
}

export function ErrorLine({ code, lang }: { code: string | null; lang: Lang }) {
  if (!code) return null;
  return (
    <p className="error-text" role="alert" data-testid="portal-error" data-error-code={code}>
      {errorText(code)[lang]}
    </p>
  );
}
