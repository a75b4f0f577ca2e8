// After a ticket is issued the kiosk asks the hub to print it (docs/printing.md). The paper is a
// convenience: whatever happens here, the ticket is valid and stays on screen with its QR.
// (A plain fetch: shared/client's createApi has no print call yet.)
import { API_PREFIX, ErrorBody, PrintResponse } from '@oss/shared';

export type PrintStatus = 'printing' | 'printed' | 'no-printer' | 'failed';

/** The hub waits up to its own write timeout (15 s) for the printer; give it a little more. */
const PRINT_TIMEOUT_MS = 20_000;

export async function printTicket(trackingCode: string, baseUrl = ''): Promise<Exclude<PrintStatus, 'printing'>> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PRINT_TIMEOUT_MS);
  try {
    const res = await fetch(`${baseUrl}${API_PREFIX}/tickets/track/${encodeURIComponent(trackingCode)}/print`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      signal: abort.signal,
    });
    const data: unknown = await res.json().catch(() => null);
    if (res.ok && PrintResponse.safeParse(data).success) return 'printed';
    const error = ErrorBody.safeParse(data);
    // No printer on the hub (a tablet or browser kiosk): nothing is wrong, there is just no paper.
    if (error.success && error.data.error.code === 'printer-not-configured') return 'no-printer';
    return 'failed';
  } catch {
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}
