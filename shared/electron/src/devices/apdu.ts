// Main process (pure). ISO 7816-4 command/response APDUs as the Thai ID card applet speaks them,
// over any transport (PC/SC in the shell, a byte script in the tests).
//
// The card runs T=0 on most readers: a command that returns data answers `61 xx` ("xx bytes are
// waiting") and the data is fetched with GET RESPONSE. Some readers do that exchange themselves
// (T=1, or a reader that hides it) and answer the data with `90 00` directly; both are handled.

/** Sends one command APDU and resolves with the card's whole response (data + SW1 SW2). */
export type CardTransport = (command: Uint8Array) => Promise<Uint8Array>;

export class ApduError extends Error {
  override readonly name = 'ApduError';
  constructor(
    message: string,
    /** SW1SW2 as a number (0x6A82), or 0 when the answer was too short to have one. */
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ApduResponse {
  readonly data: Uint8Array;
  /** SW1SW2, e.g. 0x9000. */
  readonly status: number;
}

export function splitResponse(raw: Uint8Array): ApduResponse {
  if (raw.length < 2) throw new ApduError(`card answered ${raw.length} byte(s), not a response APDU`, 0);
  const sw1 = raw[raw.length - 2] ?? 0;
  const sw2 = raw[raw.length - 1] ?? 0;
  return { data: raw.slice(0, raw.length - 2), status: (sw1 << 8) | sw2 };
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
const sw = (status: number): string => status.toString(16).toUpperCase().padStart(4, '0');

/** SELECT by AID (CLA 00, INS A4, P1 04 = by DF name, P2 00). */
export function selectCommand(aid: Uint8Array): Uint8Array {
  return Uint8Array.from([0x00, 0xa4, 0x04, 0x00, aid.length, ...aid]);
}

/**
 * The Thai ID applet's READ BINARY: `80 B0 <offset hi> <offset lo> 02 00 <length>` (a proprietary
 * class; the `02 00` is part of how the applet takes the length, as every Thai ID reader sends it).
 */
export function readBinaryCommand(offset: number, length: number): Uint8Array {
  if (offset < 0 || offset > 0xffff || length < 1 || length > 0xff) throw new RangeError(`bad read ${offset}+${length}`);
  return Uint8Array.from([0x80, 0xb0, offset >> 8, offset & 0xff, 0x02, 0x00, length]);
}

/**
 * GET RESPONSE. Cards whose ATR starts `3B 67` (an older chip generation) want P2 = 01; every
 * other Thai ID card takes the standard `00 C0 00 00 <length>`.
 */
export function getResponseCommand(length: number, atr: Uint8Array): Uint8Array {
  const p2 = atr[0] === 0x3b && atr[1] === 0x67 ? 0x01 : 0x00;
  return Uint8Array.from([0x00, 0xc0, 0x00, p2, length & 0xff]);
}

/** At most this many chained 61xx / 6Cxx turns for one command: a card cannot keep us looping. */
const MAX_TURNS = 4;

/**
 * Sends a command and returns its data once the card says 90 00, following `61 xx` with GET
 * RESPONSE and `6C xx` ("wrong length, xx is right") by repeating the command with that Le.
 * Anything else is an ApduError carrying the status word.
 */
export async function transceive(transport: CardTransport, command: Uint8Array, atr: Uint8Array): Promise<Uint8Array> {
  let next = command;
  const collected: number[] = [];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const { data, status } = splitResponse(await transport(next));
    const sw1 = status >> 8;
    collected.push(...data);
    if (status === 0x9000) return Uint8Array.from(collected);
    if (sw1 === 0x61) {
      // xx = 00 means 256 bytes waiting.
      next = getResponseCommand(status & 0xff, atr);
      continue;
    }
    if (sw1 === 0x6c) {
      next = Uint8Array.from([...command.slice(0, command.length - 1), status & 0xff]);
      collected.length = 0;
      continue;
    }
    throw new ApduError(`card refused ${hex(command.slice(0, 4))}: SW ${sw(status)}`, status);
  }
  throw new ApduError(`card kept asking for more turns after ${hex(command.slice(0, 4))}`, 0);
}
