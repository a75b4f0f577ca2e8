import { pick, type Alert, type Lang } from '@oss/shared';
import type { LinkStatus } from '@oss/shared/client';
import { t } from '../messages';
import type { Notice } from '../use-console';

/** Shown whenever the live stream is down: the lists on screen may then be stale. */
export function LinkBanner({ status, hasState, lang }: { status: LinkStatus; hasState: boolean; lang: Lang }) {
  if (status === 'online') return null;
  if (status === 'connecting' && !hasState) {
    return (
      <div className="banner banner-info" role="status" data-testid="link-connecting">
        {t('linkConnecting', lang)}
      </div>
    );
  }
  return (
    <div className="banner banner-offline" role="alert" data-testid="link-offline">
      {t('linkOffline', lang)}
    </div>
  );
}

export function NoticeBar({ notice, onDismiss, lang }: { notice: Notice | null; onDismiss: () => void; lang: Lang }) {
  if (!notice) return <div className="notice notice-empty" aria-hidden="true" />;
  const error = notice.kind === 'error';
  return (
    <div
      key={notice.id}
      className={`notice ${error ? 'notice-error' : 'notice-info'}`}
      role={error ? 'alert' : 'status'}
      data-testid={error ? 'error' : 'notice'}
    >
      <span>{notice.text(lang)}</span>
      <button type="button" className="notice-close" onClick={onDismiss} aria-label={t('close', lang)}>
        ×
      </button>
    </div>
  );
}

/** Printer alerts (out of paper, not answering): which printer, what to do, and the reprint hint. */
export function AlertBanner({ alerts, lang }: { alerts: Alert[]; lang: Lang }) {
  if (alerts.length === 0) return null;
  return (
    <div className="alerts" data-testid="alerts">
      {alerts.map((alert) => (
        <div
          key={alert.id}
          className={`banner banner-alert banner-${alert.level}`}
          role="alert"
          data-testid="printer-alert"
          data-code={alert.code}
        >
          <span className="alert-icon" aria-hidden="true">
            ⚠
          </span>
          <span>
            <strong>
              {t('printerAlert', lang)} {alert.source}:
            </strong>{' '}
            {pick(alert.message, lang)}
            <span className="alert-hint">{t('printerAlertHint', lang)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
