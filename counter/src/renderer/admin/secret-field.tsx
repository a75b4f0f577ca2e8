// A write-only secret (LINE token and secret, the SMTP URL with its password): the hub says only
// whether it is set. Typing replaces it; "clear" removes it; leaving it empty keeps it.
import type { Lang, SecretState } from '@oss/shared';
import { useId } from 'react';
import { a } from './admin-messages';
import { errorAt, type FieldErrors } from './form-errors';

export interface SecretInput {
  value: string;
  clear: boolean;
}

/** The PATCH value for one secret: null clears it, a string replaces it, undefined keeps it. */
export function secretValue(input: SecretInput): string | null | undefined {
  if (input.clear) return null;
  return input.value.trim() || undefined;
}

interface Props {
  label: string;
  path: string;
  state: SecretState;
  input: SecretInput;
  onChange: (input: SecretInput) => void;
  errors: FieldErrors;
  lang: Lang;
}

export function SecretField({ label, path, state, input, onChange, errors, lang }: Props) {
  const id = useId();
  const error = errorAt(errors, path, lang);
  const slug = path.replace(/\./g, '-');
  return (
    <div className="field secret">
      <label htmlFor={id}>
        {label}{' '}
        <span className={`pill ${state.set ? 'pill-open' : 'pill-paused'}`} data-testid={`secret-state-${slug}`}>
          {a(state.set ? 'secretSet' : 'secretNotSet', lang)}
        </span>
      </label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        placeholder={a('secretReplace', lang)}
        value={input.value}
        disabled={input.clear}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange({ value: e.target.value, clear: false })}
        data-testid={`secret-${slug}`}
      />
      {state.set && (
        <label className="check">
          <input type="checkbox" checked={input.clear} onChange={(e) => onChange({ value: '', clear: e.target.checked })} />
          <span>{input.clear ? a('secretWillClear', lang) : a('secretClear', lang)}</span>
        </label>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
