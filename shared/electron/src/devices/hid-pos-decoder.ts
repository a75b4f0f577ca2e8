// Main process (pure). Scans from a barcode scanner in HID POS mode (HID Point of Sale Usage
// Tables 1.02, Barcode Scanner page 0x8C): the scanner is not a keyboard, sends nothing to the OS
// and says exactly which bytes it decoded, so it is the mode to set scanners to where possible.
//
// The usage tables name the fields of the Scanned Data Report (usage 0x12) but leave their order
// to the report descriptor. This decoder assumes the layout the common scanners ship (Honeywell,
// Zebra and most OEM modules in "HID POS" / "USB HID barcode" mode), a 64-byte input report:
//
//   [0]      report ID 0x02 (the scanned data report; other reports are ignored)
//   [1]      n: how many of the data bytes below are valid (0–56)
//   [2..57]  decoded data (usage 0xFE, Decoded Data), n bytes valid, the rest 00
//   [58..60] AIM symbology identifier (usages 0xFB–0xFD), e.g. `]Q1` for a QR code
//   [61..62] vendor-specific
//   [63]     bit 0: Decode Data Continued (usage 0xFF): more reports follow for this scan
//
// A scan longer than 56 bytes comes as several reports, the last with bit 0 clear. Reports
// shorter than 64 bytes (a scanner with a smaller descriptor) are read as [id, n, data…] with no
// continuation. The text is UTF-8 (ASCII for our QR codes and ID numbers). A hidapi back end that
// strips the report ID is not handled: node-hid keeps it for devices that declare one.

const SCANNED_DATA_REPORT_ID = 0x02;
const FULL_REPORT = 64;
const DATA_START = 2;
const DATA_MAX = 56;
const SYMBOLOGY_AT = 58;
const CONTINUED_AT = 63;
/** Reassembled scans longer than this are dropped (a stuck "continued" bit). */
const MAX_SCAN_BYTES = 4096;

export interface PosScan {
  readonly text: string;
  /** The AIM identifier when the scanner sent one (`]Q1` QR, `]C0` Code 128, `]E0` EAN-13), else ''. */
  readonly symbology: string;
}

export class HidPosScanDecoder {
  private chunks: number[] = [];
  private readonly utf8 = new TextDecoder('utf-8');

  push(report: Uint8Array): PosScan[] {
    if (report.length < DATA_START || report[0] !== SCANNED_DATA_REPORT_ID) return [];
    const room = Math.min(DATA_MAX, report.length - DATA_START);
    const n = Math.min(report[1] ?? 0, room);
    this.chunks.push(...report.subarray(DATA_START, DATA_START + n));
    const full = report.length >= FULL_REPORT;
    const continued = full && ((report[CONTINUED_AT] ?? 0) & 0x01) === 1;
    if (this.chunks.length > MAX_SCAN_BYTES) {
      this.chunks = [];
      return [];
    }
    if (continued) return [];
    const bytes = Uint8Array.from(this.chunks);
    this.chunks = [];
    // Scanners configured with a CR/LF suffix add it in HID POS mode too.
    const text = this.utf8.decode(bytes).replace(/[\r\n]+$/, '');
    if (text.length === 0) return [];
    const symbology = full ? symbologyOf(report.subarray(SYMBOLOGY_AT, SYMBOLOGY_AT + 3)) : '';
    return [{ text, symbology }];
  }

  reset(): void {
    this.chunks = [];
  }
}

function symbologyOf(bytes: Uint8Array): string {
  if (bytes[0] !== 0x5d) return ''; // an AIM identifier starts with ']'
  return String.fromCharCode(...bytes).replace(/\0/g, '');
}
