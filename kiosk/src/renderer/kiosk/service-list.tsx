// The start screen: one big button per service with its code, name in both languages, how many
// wait and the wait estimate. Closed services stay visible, greyed out, with the reason.
import { formatWaitRange, type Lang, type Service } from '@oss/shared';
import { otherLang } from '../common/lang.js';
import { M, waitingCount } from './messages.js';
import { useIdle } from './use-idle.js';

interface Props {
  services: Service[] | null;
  failed: boolean;
  lang: Lang;
  idleMs: number;
  /** Left alone, the start screen goes back to Thai and reloads. */
  onIdle: () => void;
  onChoose: (service: Service) => void;
  onRetry: () => void;
}

export function ServiceList({ services, failed, lang, idleMs, onIdle, onChoose, onRetry }: Props) {
  useIdle(idleMs, onIdle);
  if (!services) {
    return failed ? (
      <section className="notice" role="alert" data-testid="services-error">
        <p>{M.errorTitle[lang]}</p>
        <p className="notice-detail">
          {lang === 'th' ? 'ไม่สามารถติดต่อระบบคิวได้ในขณะนี้' : 'The queue system cannot be reached right now'}
        </p>
        <button type="button" className="big-button primary" onClick={onRetry}>
          {M.tryAgain[lang]}
        </button>
      </section>
    ) : (
      <section className="notice" role="status" data-testid="services-loading">
        <div className="spinner" aria-hidden="true" />
        <p>{M.loading[lang]}</p>
      </section>
    );
  }
  const alt = otherLang(lang);
  return (
    <section className="start" aria-labelledby="choose-title">
      <h1 id="choose-title" className="start-title" data-testid="start-title">
        {M.chooseService[lang]}
      </h1>
      {services.length === 0 && <p className="notice">{M.noServices[lang]}</p>}
      <ul className="service-list">
        {services.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="service-button"
              data-testid={`service-${s.code}`}
              disabled={!s.open}
              aria-disabled={!s.open}
              onClick={() => onChoose(s)}
            >
              <span className="service-code" aria-hidden="true">
                {s.code}
              </span>
              <span className="service-names">
                <span className="service-name" lang={lang}>
                  {s.name[lang]}
                </span>
                <span className="service-name-alt" lang={alt}>
                  {s.name[alt]}
                </span>
                {s.description[lang] && <span className="service-description">{s.description[lang]}</span>}
              </span>
              {s.open ? (
                <span className="service-stats">
                  <span className="service-waiting" data-testid={`waiting-${s.code}`}>
                    {waitingCount(s.waiting, lang)}
                  </span>
                  {s.estimatedWait.maxMinutes > 0 && (
                    <span className="service-estimate">{formatWaitRange(s.estimatedWait, lang)}</span>
                  )}
                </span>
              ) : (
                <span className="service-stats closed">
                  <span className="service-closed">{M.closed[lang]}</span>
                  <span className="service-closed-reason">{M.closedReason[lang]}</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <p className="start-help">{M.helpDesk[lang]}</p>
    </section>
  );
}
