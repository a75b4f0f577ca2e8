// Security headers on every answer (docs/security.md, "Headers"): a strict Content-Security-Policy
// that the built apps work under (no inline script or style, nothing from another origin), no
// framing by any site (the Electron shells load the pages themselves, never in a frame), no
// MIME sniffing, and no Referer (tracker addresses carry the ticket's tracking code, reset links
// their token). Set before anything else runs, so refusals, 404s and static files carry them too.
// No package: these few fixed headers are the whole of it, and helmet's defaults (HSTS,
// upgrade-insecure-requests) would break a hub the office reaches over plain HTTP.
import type { FastifyInstance } from 'fastify';

/** A Host value fit to stand in a header: a name or IPv4 address, or a bracketed IPv6, and a port. */
const SAFE_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface CspOptions {
  /** 'sha256-…' sources for inline <style> elements of a page the hub writes itself. */
  styleHashes?: readonly string[];
}

/**
 * The policy for a page reached at `host` (the Host the browser used). Socket.IO connects with a
 * WebSocket to the same host; CSP 3 lets 'self' cover ws:/wss: there (Chromium does), and the
 * explicit ws://host and wss://host cover browsers that read 'self' the older way.
 * - img-src data: for the QR codes drawn as PNG data URLs and the pages' `data:,` icon;
 * - style-src without 'unsafe-inline': React's style props go through the CSSOM, which CSP does
 *   not govern; only style attributes in markup and <style> elements would need it, and the apps
 *   have none;
 * - media-src 'self': the TV's voice clips are fetched and played with Web Audio (connect-src);
 *   nothing plays from another origin.
 */
export function contentSecurityPolicy(host: string | undefined, opts: CspOptions = {}): string {
  const sameHostSockets = host && SAFE_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  const styleHashes = (opts.styleHashes ?? []).map((h) => ` '${h}'`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleHashes}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self'",
    `connect-src 'self'${sameHostSockets}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const FIXED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

/** Adds the headers to every answer; a route may set its own content-security-policy over it. */
export function installSecurityHeaders(app: FastifyInstance): void {
  // An office reaches the hub by one or two names: the policy is built once per name (a few kept).
  const byHost = new Map<string, string>();
  const policyFor = (host: string) => {
    let policy = byHost.get(host);
    if (policy === undefined) {
      policy = contentSecurityPolicy(host);
      if (byHost.size >= 16) byHost.clear();
      byHost.set(host, policy);
    }
    return policy;
  };
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(FIXED_HEADERS).header('content-security-policy', policyFor(request.host));
  });
}
