// The `escpos` package (CommonJS, untyped) with the part of its Printer this hub uses, typed.
// The Printer is used only to build bytes in its buffer: sending is network-printer.ts's job
// (escpos-network has no timeouts and cannot read a status byte reliably).
import { createRequire } from 'node:module';

export interface EscposPrinter {
  buffer: { flush(): Buffer };
  hardware(op: 'init'): EscposPrinter;
  align(align: 'lt' | 'ct' | 'rt'): EscposPrinter;
  /** GS ! n: 0 is normal, 1 double, … 7 eight times, per axis. */
  size(width: number, height: number): EscposPrinter;
  style(style: 'b' | 'normal'): EscposPrinter;
  encode(encoding: string): EscposPrinter;
  /** ESC t n */
  setCharacterCodeTable(codePage: number): EscposPrinter;
  /** Encodes with the printer's encoding and ends the line. */
  text(content: string): EscposPrinter;
  feed(lines: number): EscposPrinter;
  raw(data: Buffer): EscposPrinter;
  cut(partial: boolean, feedLines: number): EscposPrinter;
}

interface EscposAdapter {
  write(data: Buffer, callback?: (err?: Error | null) => void): unknown;
  close(callback?: (err?: Error | null) => void): unknown;
}

interface EscposModule {
  Printer: new (adapter: EscposAdapter, options?: { encoding?: string; width?: number }) => EscposPrinter;
}

// Loaded on the first ticket, not at start-up: escpos pulls in get-pixels and its image decoders
// (a few hundred ms), and the hub must start in under a second.
let escpos: EscposModule | null = null;
const load = () => (escpos ??= createRequire(import.meta.url)('escpos') as EscposModule);

/** A Printer whose bytes are collected with `printer.buffer.flush()` instead of being sent. */
export function bufferPrinter(options: { encoding: string; columns: number }): EscposPrinter {
  const detached: EscposAdapter = {
    write: () => {
      throw new Error('this Printer only builds bytes');
    },
    close: () => undefined,
  };
  return new (load().Printer)(detached, { encoding: options.encoding, width: options.columns });
}
