// Renderer. Printing on the kiosk's own USB printer through the shell (the shell fetches the
// ticket's bytes from the hub and drives the printer), and telling the hub how that printer is
// doing, so the counters get the same printer alert as for the hub's own printer
// (POST /api/v1/alerts/printer). Only changes are reported: a failure, paper low, and the first
// good print after either (which clears the alert).
import { routes, type Alert, type KioskPrinterReport, type PrintResult, type ShellDevices } from '@oss/shared';
import { createClient } from '@oss/shared/client';

type AlertCode = Alert['code'];

type Printed = 'printed' | 'failed';

export interface ShellPrinter {
  /** The outcome, or null when the shell has no USB printer (then the hub prints). */
  print(trackingCode: string): Promise<Printed | null>;
}

/** The alert a print outcome means for the counters; null when the printer is not to blame. */
export function alertCodeOf(result: PrintResult): AlertCode | null {
  if (result.ok) return result.warning ?? 'printer-ok';
  if (result.code === 'printer-out-of-paper' || result.code === 'printer-unavailable') return result.code;
  return null;
}

export function createShellPrinter(devices: ShellDevices, baseUrl = ''): ShellPrinter {
  const client = createClient({ baseUrl });
  let reported: AlertCode | null = null;

  const report = (code: AlertCode, printer: string): void => {
    if (code === reported) return;
    reported = code;
    const body: KioskPrinterReport = { code, printer: printer.slice(0, 60) };
    // Fire and forget: the citizen's ticket does not wait for staff to be told.
    client.call(routes.reportKioskPrinter, { body }).catch(() => {
      reported = null; // not heard: say it again next time
    });
  };

  return {
    async print(trackingCode) {
      if (!devices.print) return null;
      let result: PrintResult;
      try {
        result = await devices.print(trackingCode);
      } catch {
        result = { ok: false, printer: 'usb', code: 'printer-unavailable', message: 'the kiosk shell did not answer' };
      }
      if (!result.ok && result.code === 'printer-not-configured') return null;
      const code = alertCodeOf(result);
      if (code) report(code, result.printer);
      return result.ok ? 'printed' : 'failed';
    },
  };
}
