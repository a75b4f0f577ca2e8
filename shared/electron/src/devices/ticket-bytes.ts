// Main process (pure, fetch injected). The shell does not draw tickets: it asks the hub for the
// ticket's ESC/POS bytes in its printer's profile, so a USB ticket is byte for byte what the
// hub's own printer would get (GET /api/v1/tickets/track/:code/ticket.escpos, docs/printing.md).
import type { UsbPrinterConfig } from './device-config.js';

export type Fetch = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export type TicketBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const FETCH_TIMEOUT_MS = 10_000;
/** A raster ticket is about 70 KB; anything far beyond is not a ticket. */
const MAX_BYTES = 2_000_000;

export function ticketBytesUrl(
  hubUrl: string,
  trackingCode: string,
  profile: Pick<UsbPrinterConfig, 'width' | 'mode' | 'codePage'>,
): string {
  const q = new URLSearchParams({ width: String(profile.width), mode: profile.mode });
  if (profile.codePage !== undefined) q.set('codepage', String(profile.codePage));
  return `${hubUrl}/api/v1/tickets/track/${encodeURIComponent(trackingCode)}/ticket.escpos?${q.toString()}`;
}

export async function fetchTicketBytes(
  fetch: Fetch,
  hubUrl: string,
  trackingCode: string,
  profile: Pick<UsbPrinterConfig, 'width' | 'mode' | 'codePage'>,
): Promise<TicketBytes> {
  try {
    const res = await fetch(ticketBytesUrl(hubUrl, trackingCode, profile), {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'cache-control': 'no-cache' },
    });
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, message: `the hub answered ${res.status} for the ticket's printer bytes` };
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length === 0 || bytes.length > MAX_BYTES)
      return { ok: false, message: `the hub sent ${bytes.length} bytes for a ticket` };
    return { ok: true, bytes };
  } catch (err) {
    return { ok: false, message: `the hub cannot be reached: ${err instanceof Error ? err.message : String(err)}` };
  }
}
