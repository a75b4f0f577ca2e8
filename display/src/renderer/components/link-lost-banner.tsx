import type { LinkStatus } from '@oss/shared/client';
import { MESSAGES } from '../messages';

/** Whenever the live link is down, so nobody trusts a frozen board. */
export function LinkLostBanner({ status }: { status: LinkStatus }) {
  if (status === 'online') return null;
  return (
    <div className="link-lost" role="alert" data-testid="link-lost" data-status={status}>
      <span className="link-lost-icon" aria-hidden="true">
        ⚠
      </span>
      <span className="link-lost-title">
        {MESSAGES.linkLost.th} / {MESSAGES.linkLost.en}
      </span>
      <span className="link-lost-detail">
        {MESSAGES.linkLostDetail.th} · {MESSAGES.linkLostDetail.en}
      </span>
    </div>
  );
}
