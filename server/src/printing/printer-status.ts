// Paper status before printing (DLE EOT 4, "transmit roll paper sensor status"). The answer is one
// byte: bits 1 and 4 always set, bit 0 and 7 clear; bits 2–3 paper near its end, bits 5–6 paper
// out. Printing into an empty printer loses the citizen's ticket without anyone knowing.

export const DLE_EOT_PAPER = Buffer.from([0x10, 0x04, 0x04]);

/** Status bytes as a printer sends them (the fake printer in the tests answers with these). */
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
