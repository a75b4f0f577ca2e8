// After a ticket is issued the kiosk prints it: on its own USB printer when the kiosk shell has
// one (usb-print.ts), otherwise by asking the hub to print (docs/printing.md). The paper is a
// convenience: whatever happens here, the ticket is valid and stays on screen with its QR.
import { routes, type ShellDevices } from '@oss/shared';
import { ApiError, createClient } from '@oss/shared/client';
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
    await createClient({ baseUrl }).call(routes.printTracked, { params: { trackingCode }, signal: abort.signal });
    return 'printed';
  } catch (err) {
    // No printer on the hub (a tablet or browser kiosk): nothing is wrong, there is just no paper.
    if (err instanceof ApiError && err.code === 'printer-not-configured') return 'no-printer';
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}
