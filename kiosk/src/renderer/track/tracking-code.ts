// The tracker's ticket: /t/<code> on the hub, or ?code=<code> in development.
import { TRACKING_CODE_PATTERN } from '@oss/shared';

export function readTrackingCode(location: { pathname: string; search: string }): string | null {
  const fromPath = /^\/t\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  const raw = fromPath ? decodeURIComponent(fromPath) : new URLSearchParams(location.search).get('code');
  return raw && TRACKING_CODE_PATTERN.test(raw) ? raw : null;
}
