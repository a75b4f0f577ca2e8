// An error in words a citizen can act on, with a way back (and a retry when the hub was
// unreachable). Returns to the start by itself if nobody touches it.
import type { Lang } from '@oss/shared';
import { errorText, M } from './messages.js';
import { useIdle } from './use-idle.js';

interface Props {
  code: string;
  lang: Lang;
  idleMs: number;
  onHome: () => void;
  onIdle: () => void;
  onRetry?: () => void;
}

export function ErrorView({ code, lang, idleMs, onHome, onIdle, onRetry }: Props) {
  useIdle(idleMs, onIdle);
  return (
    <section className="error-view" role="alert" data-testid="error" data-error-code={code}>
      <div className="error-icon" aria-hidden="true">
        !
      </div>
      <h1>{M.errorTitle[lang]}</h1>
      <p className="error-reason">{errorText(code)[lang]}</p>
      <p className="error-help">{M.askStaff[lang]}</p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="big-button primary" data-testid="error-retry" onClick={onRetry}>
            {M.tryAgain[lang]}
          </button>
        )}
        <button type="button" className="big-button secondary" data-testid="error-home" onClick={onHome}>
          {M.backToStart[lang]}
        </button>
      </div>
    </section>
  );
}
