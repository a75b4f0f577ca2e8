// A ticket layout as ESC/POS bytes, built in the escpos Printer's buffer.
// - raster mode: every line is a GS v 0 raster image drawn with the bundled Thai font (right on
//   any printer, whatever its fonts);
// - tis620 mode: text lines go as TIS-620 bytes after ESC t <code page>, the number as large text
//   (GS !), for printers whose Thai text composes well; the QR is a raster image in both modes.
// escpos's own Image class is not used for rasters: it builds one object per pixel and takes
// seconds for a ticket, so the GS v 0 bytes are packed here and written with Printer.raw.
import type { TicketLayout, TicketLine } from '@oss/shared';
import { rowBytes, type Bitmap } from './bitmap.js';
import { bufferPrinter, type EscposPrinter } from './escpos-lib.js';
import type { PrinterProfile } from './printer-config.js';
import { renderLine, renderQr, type PaperWidth } from './raster.js';
import { textColumns, wrapText } from './wrap.js';

/** GS v 0 with m = 0 (normal density). */
export const GS_V_0 = Buffer.from([0x1d, 0x76, 0x30, 0x00]);
/** Some printers' buffers overflow on taller images; taller bitmaps go as several blocks. */
export const MAX_RASTER_ROWS = 1024;
/** Feed to clear the cutter before GS V: the head sits a few lines above the blade. */
const CUT_FEED_LINES = 3;

/** One GS v 0 block: header (width in bytes, height in dots, little-endian) and the rows. */
export function rasterBlock(b: Bitmap): Buffer {
  const header = Buffer.alloc(8);
  GS_V_0.copy(header);
  header.writeUInt16LE(rowBytes(b.width), 4);
  header.writeUInt16LE(b.height, 6);
  return Buffer.concat([header, b.data]);
}

export function rasterBlocks(b: Bitmap): Buffer[] {
  const blocks: Buffer[] = [];
  const stride = rowBytes(b.width);
  for (let top = 0; top < b.height; top += MAX_RASTER_ROWS) {
    const height = Math.min(MAX_RASTER_ROWS, b.height - top);
    blocks.push(rasterBlock({ width: b.width, height, data: b.data.subarray(top * stride, (top + height) * stride) }));
  }
  return blocks;
}

/** Font A columns across the paper (12-dot characters). */
const columnsOf = (width: PaperWidth) => width / 12;

// TIS-620 has no en dash or middle dot; the printer would show "?".
const toTis620Text = (s: string) => s.replace(/[\u2013\u2014]/g, '-').replace(/\u00b7/g, '-');

const ALIGN = { left: 'lt', center: 'ct', right: 'rt' } as const;

function textLine(p: EscposPrinter, line: Extract<TicketLine, { kind: 'text' }>, width: PaperWidth): void {
  const scale = line.size === 'large' ? 2 : 1;
  const columns = Math.floor(columnsOf(width) / scale);
  p.align(ALIGN[line.align])
    .size(scale - 1, scale - 1)
    .style(line.bold ? 'b' : 'normal');
  for (const row of wrapText(toTis620Text(line.text), (s) => textColumns(s) <= columns)) p.text(row);
  p.size(0, 0).style('normal');
}

function numberLine(p: EscposPrinter, text: string, width: PaperWidth): void {
  // As large as GS ! allows within the paper: 6× on 80 mm, 4× on 58 mm, less for long numbers.
  const scale = Math.max(1, Math.min(width === 576 ? 6 : 4, Math.floor(columnsOf(width) / text.length)));
  p.align('ct')
    .size(scale - 1, scale - 1)
    .style('b')
    .text(text)
    .size(0, 0)
    .style('normal');
}

function rasterLine(p: EscposPrinter, bitmap: Bitmap | null): void {
  if (bitmap) for (const block of rasterBlocks(bitmap)) p.raw(block);
}

export type EncodeProfile = Pick<PrinterProfile, 'width' | 'mode' | 'codePage'>;

export function encodeTicket(layout: TicketLayout, profile: EncodeProfile): Buffer {
  const { width, mode } = profile;
  const p = bufferPrinter({ encoding: 'tis620', columns: columnsOf(width) });
  // ESC @ first: whatever the last job left set (size, code page, alignment) is reset.
  p.hardware('init');
  if (mode === 'tis620') p.setCharacterCodeTable(profile.codePage);
  for (const line of layout.lines) {
    switch (line.kind) {
      case 'feed':
        p.feed(line.lines);
        break;
      case 'cut':
        // Cut once, at the end (below).
        break;
      case 'qr':
        rasterLine(p, renderQr(line.payload, width));
        break;
      case 'text':
        if (mode === 'tis620') textLine(p, line, width);
        else rasterLine(p, renderLine(line, width));
        break;
      case 'number':
        if (mode === 'tis620') numberLine(p, line.text, width);
        else rasterLine(p, renderLine(line, width));
        break;
      case 'separator':
        if (mode === 'tis620') p.align('lt').text('-'.repeat(columnsOf(width)));
        else rasterLine(p, renderLine(line, width));
        break;
    }
  }
  // A ticket always ends with a full cut, even if a layout forgot to ask: a kiosk's paper must come free.
  p.cut(false, CUT_FEED_LINES);
  return p.buffer.flush();
}
