// Small form pieces the portal's pages share: a labelled field and an error line.
import type { Lang, Localized } from '@oss/shared';
import type { InputHTMLAttributes } from 'react';
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

export function ErrorLine({ code, lang }: { code: string | null; lang: Lang }) {
  if (!code) return null;
  return (
    <p className="error-text" role="alert" data-testid="portal-error" data-error-code={code}>
      {errorText(code)[lang]}
    </p>
  );
}
