// Small pieces the admin sections share: a two-press delete, a fading "saved" line, a load error.
import type { Lang } from '@oss/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../messages';
import { a } from './admin-messages';

/** A destructive button: the first press arms it for 4 s, the second does it. */
export function ConfirmButton({
  label,
  lang,
  disabled,
  onConfirm,
  testId,
}: {
  label: string;
  lang: Lang;
  disabled?: boolean;
  onConfirm: () => void;
  testId?: string;
}) {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const id = setTimeout(() => setArmed(false), 4000);
    return () => clearTimeout(id);
  }, [armed]);
  return (
    <button
      type="button"
      className={`btn btn-small btn-danger${armed ? ' btn-armed' : ''}`}
      disabled={disabled}
      onClick={() => {
        if (armed) {
          setArmed(false);
          onConfirm();
        } else setArmed(true);
      }}
      data-testid={testId}
    >
      {armed ? a('confirmRemove', lang) : label}
    </button>
  );
}

/** Text that follows the language switch. */
export type Text = (lang: Lang) => string;

/** A message that fades after a few seconds (errors stay in the forms). */
export function useFlash(): [Text | null, (text: Text | null) => void] {
  const [text, setText] = useState<Text | null>(null);
  useEffect(() => {
    if (!text) return;
    const id = setTimeout(() => setText(null), 5000);
    return () => clearTimeout(id);
  }, [text]);
  // Wrapped: a function given to a state setter would be taken for an updater.
  const set = useCallback((next: Text | null) => setText(() => next), []);
  return [text, set];
}

export function Flash({ text, lang }: { text: Text | null; lang: Lang }) {
  if (!text) return null;
  return (
    <p className="form-info" role="status" data-testid="flash">
      {text(lang)}
    </p>
  );
}

export function LoadState({ error, loading, lang }: { error: unknown; loading: boolean; lang: Lang }) {
  if (error) {
    return (
      <p className="form-error" role="alert" data-testid="load-error">
        {errorText(error, lang)}
      </p>
    );
  }
  return loading ? <p className="muted">{a('loading', lang)}</p> : null;
}

/** Times on the admin pages are shown in this PC's zone (the office's own, in practice). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
