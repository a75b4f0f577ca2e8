// A Thai national ID card's applet, answering command APDUs from a card image: for the unit tests
// (as a CardTransport) and for the vpcd end-to-end test (behind a TCP socket). It answers the way
// the real chip does over T=0 (`61 xx`, then GET RESPONSE with the class its ATR calls for) or, in
// `direct` mode, like a reader that hides that exchange (data + 90 00). Every command is logged so
// tests can check what was read (never the photo).
import { encodeTis620 } from '../../src/devices/tis620.js';

export interface FakeCardData {
  readonly citizenId: string;
  /** `prefix#first#middle#last`, as the chip stores it. */
  readonly thaiName: string;
  readonly englishName: string;
  /** `YYYYMMDD`, Buddhist era. */
  readonly dateOfBirth: string;
}

/** The ATR most Thai ID cards answer with; `3B 67 …` is the older chip that wants GET RESPONSE P2 = 01. */
export const THAI_ID_ATR = Uint8Array.from([0x3b, 0x68, 0x00, 0x00, 0x00, 0x73, 0xc8, 0x40, 0x12, 0x00, 0x90, 0x00]);
export const OLD_THAI_ID_ATR = Uint8Array.from([0x3b, 0x67, 0x00, 0x00, 0x73, 0x20, 0x00, 0x6c, 0x68, 0x90, 0x00]);
const AID = [0xa0, 0x00, 0x00, 0x00, 0x54, 0x48, 0x00, 0x01];
/** Where the photo starts on the card (it is read in 20 chunks from here by readers that want it). */
export const PHOTO_OFFSET = 0x017b;

const padded = (bytes: Uint8Array, length: number): Uint8Array => {
  const out = new Uint8Array(length).fill(0x20);
  out.set(bytes.subarray(0, length));
  return out;
};

export class FakeThaiIdCard {
  readonly commands: Uint8Array[] = [];
  private readonly image = new Uint8Array(0x1600);
  private selected = false;
  private pending: Uint8Array | null = null;

  constructor(
    data: FakeCardData,
    readonly atr: Uint8Array = THAI_ID_ATR,
    private readonly mode: 't0' | 'direct' = 't0',
    /** Another card (a bank card): no Thai ID applet. */
    private readonly foreign = false,
  ) {
    this.image.set(new TextEncoder().encode(data.citizenId), 0x04);
    this.image.set(padded(encodeTis620(data.thaiName), 100), 0x11);
    this.image.set(padded(encodeTis620(data.englishName), 100), 0x75);
    this.image.set(new TextEncoder().encode(data.dateOfBirth), 0xd9);
    // A JPEG header where the photo is: a reader that strays there reads something recognisable.
    this.image.set([0xff, 0xd8, 0xff, 0xe0], PHOTO_OFFSET);
  }

  /** Power off or reset: the applet has to be selected again. */
  reset(): void {
    this.selected = false;
    this.pending = null;
  }

  /** One command APDU in, one response APDU out. */
  answer(command: Uint8Array): Uint8Array {
    this.commands.push(command);
    const [cla, ins, p1 = 0, p2 = 0] = command;
    if (cla === 0x00 && ins === 0xa4) {
      const aid = Array.from(command.subarray(5, 5 + (command[4] ?? 0)));
      if (this.foreign || aid.join() !== AID.join()) return sw(0x6a, 0x82);
      this.selected = true;
      if (this.mode === 'direct') return sw(0x90, 0x00);
      // Ten bytes of file control information wait for GET RESPONSE, as on the real chip.
      this.pending = Uint8Array.from([0x6f, 0x08, 0x84, 0x06, 0xa0, 0x00, 0x00, 0x00, 0x54, 0x48]);
      return sw(0x61, 0x0a);
    }
    if (cla === 0x80 && ins === 0xb0) {
      if (!this.selected) return sw(0x69, 0x86);
      const offset = (p1 << 8) | p2;
      const length = command[6] ?? 0;
      const data = this.image.slice(offset, offset + length);
      if (this.mode === 'direct') return Uint8Array.from([...data, 0x90, 0x00]);
      this.pending = data;
      return sw(0x61, length);
    }
    if (cla === 0x00 && ins === 0xc0) {
      const wantP2 = this.atr[1] === 0x67 ? 0x01 : 0x00;
      if (p2 !== wantP2 || !this.pending) return sw(0x6a, 0x86);
      const length = command[4] ?? 0;
      if (length !== this.pending.length) return sw(0x6c, this.pending.length);
      const out = Uint8Array.from([...this.pending, 0x90, 0x00]);
      this.pending = null;
      return out;
    }
    return sw(0x6d, 0x00);
  }

  /** The offsets of every READ BINARY the card was sent. */
  readOffsets(): number[] {
    return this.commands.filter((c) => c[0] === 0x80 && c[1] === 0xb0).map((c) => ((c[2] ?? 0) << 8) | (c[3] ?? 0));
  }
}

const sw = (sw1: number, sw2: number): Uint8Array => Uint8Array.from([sw1, sw2]);

/** A citizen born `years` years ago today in Bangkok, ± `days`: `YYYYMMDD` in the Buddhist era. */
export function birthDateYearsAgo(years: number, days = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d + days));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear() + 543}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}`;
}

export const SOMCHAI: FakeCardData = {
  citizenId: '3101500123459',
  thaiName: 'นาย#สมชาย##ใจดี',
  englishName: 'Mr.#Somchai##Jaidee',
  dateOfBirth: '25080115',
};
