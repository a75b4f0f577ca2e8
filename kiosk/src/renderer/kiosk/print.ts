// After a ticket is issued the kiosk prints it: on its own USB printer when the kiosk shell has
// one (usb-print.ts), otherwise by asking the hub to print (docs/printing.md). The paper is a
// convenience: whatever happens here, the ticket is valid and stays on screen with its QR.
import { API_PREFIX, ErrorBody, PrintResponse, type ShellDevices } from '@oss/shared';
import { createShellPrinter } from './usb-print.js';

export type PrintStatus = 'printing' | 'printed' | 'no-printer' | 'failed';
type PrintOutcome = Exclude<PrintStatus, 'printing'>;

/** The hub waits up to its own write timeout (15 s) for the printer; give it a little more. */
const PRINT_TIMEOUT_MS = 20_000;

export interface TicketPrinter {
  print(trackingCode: string): Promise<PrintOutcome>;
}

/** One per kiosk page: the shell printer remembers what it last told the counters. */
export function createTicketPrinter(options: { devices?: ShellDevices | undefined; baseUrl?: string } = {}): TicketPrinter {
  const baseUrl = options.baseUrl ?? '';
  const shell = options.devices ? createShellPrinter(options.devices, baseUrl) : null;
  return {
    async print(trackingCode) {
      const onUsb = shell ? await shell.print(trackingCode) : null;
      return onUsb ?? printTicket(trackingCode, baseUrl);
    },
  };
}

/** Asks the hub to print on its network printer. */
async function printTicket(trackingCode: string, baseUrl = ''): Promise<PrintOutcome> {
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
