// Closing the business day by hand (supervisor or admin): a confirm dialog, then how many tickets
// expired. The hub closes a day once; the counters' waiting lists empty as the expiries arrive.
import { routes, type Lang } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../messages';
import { shortDay } from './dates';
import { dayClosedText, r } from './report-messages';

interface Props {
  api: Api;
  lang: Lang;
  onClosed: () => void;
  onUnauthorized: () => void;
}

export function DayClose({ api, lang, onClosed, onUnauthorized }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ businessDay: string; expired: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!confirming) return;
    // The safe choice has the focus; Escape backs out.
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setConfirming(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming]);

  async function close() {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.call(routes.closeDay));
      setConfirming(false);
      onClosed();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="day-close">
      <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)} data-testid="day-close">
        {r('dayClose', lang)}
      </button>
      {result && (
        <p className="form-info" role="status" data-testid="day-close-result">
          {dayClosedText(shortDay(result.businessDay, lang), result.expired, lang)}
        </p>
      )}
      {confirming && (
        <div className="dialog-backdrop" onClick={() => setConfirming(false)}>
          <div
            className="dialog card"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="day-close-title"
            aria-describedby="day-close-warn"
            onClick={(e) => e.stopPropagation()}
            data-testid="day-close-dialog"
          >
            <h2 id="day-close-title">{r('dayCloseTitle', lang)}</h2>
            <p id="day-close-warn">{r('dayCloseWarn', lang)}</p>
            {error !== null && (
              <p className="form-error" role="alert">
                {errorText(error, lang)}
              </p>
            )}
            <div className="dialog-buttons">
              <button ref={cancelRef} type="button" className="btn" onClick={() => setConfirming(false)}>
                {r('cancel', lang)}
              </button>
              <button
                type="button"
                className="btn btn-danger-solid"
                disabled={busy}
                onClick={() => void close()}
                data-testid="day-close-confirm"
              >
                {busy ? r('closing', lang) : r('dayCloseConfirm', lang)}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
