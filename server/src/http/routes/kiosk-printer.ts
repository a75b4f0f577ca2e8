// A kiosk's own printer (USB, driven by the kiosk shell) reports its faults here, so the counters
// see them as the same `alert` event as the hub's printer (docs/printing.md). Kiosks are not staff
// and a browser kiosk holds no device token, so the call is open, but only to addresses on the
// office network, rate-limited per address, and the alert's id comes from the caller's address:
// a caller can raise or clear only its own kiosk's alert, never the hub printer's or another's.
// Behind the portal's reverse proxy the connecting address is the proxy's, on the LAN: the caller
// is then the address a trusted proxy forwarded (OSS_TRUST_PROXY), and a forwarded request the hub
// cannot trace to its caller is refused.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { AppError } from '../../errors.js';
import { TokenBuckets } from '../rate-limit.js';
import { route } from '../route.js';
import type { RouteDeps } from '../context.js';

/** A kiosk reports a change, not every ticket; a dozen a minute is far above any real need. */
export const KIOSK_PRINTER_REPORTS_PER_MIN = 12;

/** Loopback, RFC 1918, link-local and IPv6 unique-local addresses: the office LAN, not the internet. */
export function isLanAddress(ip: string): boolean {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const v6 = ip.toLowerCase();
  return v6 === '::1' || /^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6);
}

/** Headers a proxy adds: a request with one came through a proxy, from anywhere. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'via'] as const;

/**
 * The caller's address when it is on the office network, else null. request.ip is the real
 * caller's when a trusted proxy forwarded the request (request.ips then holds the proxy hops too);
 * a forwarding header that no trusted proxy vouches for means an unknown proxy, whose caller may
 * be on the internet.
 */
export function lanCaller(request: FastifyRequest): string | null {
  const throughTrustedProxy = (request.ips?.length ?? 1) > 1;
  const forwarded = FORWARDING_HEADERS.some((h) => request.headers[h] !== undefined);
  if (forwarded && !throughTrustedProxy) return null;
  return isLanAddress(request.ip) ? request.ip : null;
}

export const kioskPrinterRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { alerts, clock }) => {
  const buckets = new TokenBuckets(KIOSK_PRINTER_REPORTS_PER_MIN, clock, 1000);

  route(app, routes.reportKioskPrinter, {}, async (request) => {
    const ip = lanCaller(request);
    if (ip === null) throw new AppError(403, 'forbidden', 'Only kiosks on the office network report printers');
    buckets.hit(ip, 'printer reports');
    const address = ip.replace(/^::ffff:/i, '');
    const printer = { id: `printer:kiosk:${address}`, label: `kiosk ${address} ${request.body.printer}` };
    const { code } = request.body;
    if (code === 'printer-ok') alerts.clear(printer);
    else alerts.raise(printer, code, 'usb');
    return { reported: true as const };
  });
};
