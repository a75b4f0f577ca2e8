// Shown while the live link to the hub is down; Socket.IO keeps reconnecting on its own.
import type { LinkStatus } from '@oss/shared/client';

interface Props {
  status: LinkStatus;
  text: string;
}

export function OfflineBanner({ status, text }: Props) {
  if (status !== 'offline') return null;
  return (
    <div className="offline-banner" role="alert" data-testid="offline-banner">
      <span aria-hidden="true">⚠</span> {text}
    </div>
  );
}
