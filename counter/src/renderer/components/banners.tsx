import type { Lang } from '@oss/shared';
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
