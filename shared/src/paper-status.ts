// Anywhere (pure). The paper check before printing, the same for the hub's network printers
// (server/src/printing/network-printer.ts) and the kiosk's USB printer
// (shared/electron/src/devices/usb-print-job.ts): DLE EOT 4, "transmit roll paper sensor status",
// answered with one byte whose bits 1 and 4 are set and bits 0 and 7 clear; bits 2–3 mean the roll
// is nearly used up, bits 5–6 that the paper is out. Printing into an empty printer loses the
// citizen's ticket without anyone knowing.

export const DLE_EOT_PAPER = Uint8Array.from([0x10, 0x04, 0x04]);

/** Status bytes as a printer sends them (the fake printers in the tests answer with these). */
export const PAPER_BYTES = { ok: 0x12, nearEnd: 0x1e, out: 0x72, outAndNearEnd: 0x7e } as const;

export type PaperState = 'ok' | 'near-end' | 'out';

/** Whether a byte has the fixed bits of a real-time status answer (not stray data). */
export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

export function paperState(byte: number): PaperState {
  if (byte & 0x60) return 'out';
  if (byte & 0x0c) return 'near-end';
  return 'ok';
}

/** The last status byte in what the printer sent back (a USB read may carry older bytes first). */
export function lastStatusByte(bytes: Uint8Array): number | undefined {
  for (let i = bytes.length - 1; i >= 0; i--) {
    const b = bytes[i];
    if (b !== undefined && isStatusByte(b)) return b;
  }
  return undefined;
}
