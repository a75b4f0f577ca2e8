// The tracker's ticket: /t/<code> on the hub, or ?code=<code> in development.
const CODE = /^[A-Za-z0-9]{6,32}$/;

export function readTrackingCode(location: { pathname: string; search: string }): string | null {
  const fromPath = /^\/t\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  const raw = fromPath ? decodeURIComponent(fromPath) : new URLSearchParams(location.search).get('code');
  return raw && CODE.test(raw) ? raw : null;
}
