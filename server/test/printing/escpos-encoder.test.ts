import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { TicketLayout } from '@oss/shared';
import { encodeTicket, rasterBlock, rasterBlocks, MAX_RASTER_ROWS } from '../../src/printing/escpos-encoder.js';
import { blankBitmap } from '../../src/printing/bitmap.js';
import { renderLine } from '../../src/printing/raster.js';
import { sampleTicketLayout, SAMPLE_TRACKER_URL } from '../../src/printing/sample-ticket.js';
import { parseEscpos, qrPayloads } from './escpos-bytes.js';

const ESC_AT = Buffer.from([0x1b, 0x40]);
const FULL_CUT = Buffer.from([0x1d, 0x56, 0x00]);
const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(s: string, enc: string): Buffer };

const layout = sampleTicketLayout();
const numberLine = layout.lines.find((l) => l.kind === 'number')!;

describe('ESC/POS encoder, raster mode', () => {
  const bytes = encodeTicket(layout, { width: 576, mode: 'raster', codePage: 21 });
  const { blocks, commands } = parseEscpos(bytes);

  it('starts with ESC @ and ends with a full cut', () => {
    expect(bytes.subarray(0, 2)).toEqual(ESC_AT);
    expect(bytes.subarray(-3)).toEqual(FULL_CUT);
  });

  it('sends every drawn line as a GS v 0 block 72 bytes (576 dots) wide', () => {
    const drawn = layout.lines.filter((l) => l.kind !== 'feed' && l.kind !== 'cut');
    expect(blocks).toHaveLength(drawn.length);
    for (const b of blocks) {
      expect(b.widthBytes).toBe(72);
      expect(b.height).toBeGreaterThan(0);
      expect(b.height).toBeLessThanOrEqual(MAX_RASTER_ROWS);
    }
  });

  it('prints the number as its own raster block, the same as the number line drawn alone', () => {
    const alone = rasterBlock(renderLine(numberLine, 576)!);
    expect(blocks.some((b) => b.bytes.equals(alone))).toBe(true);
    // Large: the number is the tallest text on the ticket.
    expect(alone.readUInt16LE(6)).toBeGreaterThan(120);
  });

  it('draws a QR that decodes to the tracker link', () => {
    expect(qrPayloads(bytes)).toEqual([SAMPLE_TRACKER_URL]);
  });

  it('sends no text bytes: Thai goes only as images', () => {
    // Outside the images: ESC @, the feeds (LF) and the cut, nothing printable beyond ASCII.
    expect([...commands].every((b) => b < 0x80)).toBe(true);
    expect(commands.includes(Buffer.from('A012'))).toBe(false);
  });

  it('fits 58 mm printers: 48-byte rows', () => {
    const narrow = parseEscpos(encodeTicket(layout, { width: 384, mode: 'raster', codePage: 21 }));
    expect(narrow.blocks.every((b) => b.widthBytes === 48)).toBe(true);
    expect(narrow.blocks.map((b) => decodeBlock(b.bitmap)).filter(Boolean)).toEqual([SAMPLE_TRACKER_URL]);
  });
});

function decodeBlock(bitmap: Parameters<typeof rasterBlock>[0]): string | null {
  return qrPayloads(rasterBlock(bitmap))[0] ?? null;
}

describe('ESC/POS encoder, TIS-620 text mode', () => {
  const bytes = encodeTicket(layout, { width: 576, mode: 'tis620', codePage: 26 });
  const { blocks, commands } = parseEscpos(bytes);

  it('selects the Thai code page right after ESC @', () => {
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x40, 0x1b, 0x74, 26]));
    expect(bytes.subarray(-3)).toEqual(FULL_CUT);
  });

  it('prints the number as large text (GS ! 6×6)', () => {
    const size = commands.indexOf(Buffer.from([0x1d, 0x21, 0x55]));
    const number = commands.indexOf(Buffer.from('A012\n'));
    expect(size).toBeGreaterThan(0);
    // Then bold (ESC E 1), escpos's italic and underline off, and the digits.
    expect(commands.subarray(size + 3, number)).toEqual(Buffer.from([0x1b, 0x45, 0x01, 0x1b, 0x35, 0x1b, 0x2d, 0x00]));
    // Back to normal size straight after.
    expect(commands.subarray(number + 5, number + 8)).toEqual(Buffer.from([0x1d, 0x21, 0x00]));
  });

  it('sends Thai as TIS-620 bytes and only the QR as an image', () => {
    expect(commands.includes(iconv.encode('งานทะเบียนราษฎร', 'tis620'))).toBe(true);
    expect(commands.includes(iconv.encode('สแกนเพื่อติดตามคิวบนมือถือ', 'tis620'))).toBe(true);
    expect(blocks).toHaveLength(1);
    expect(qrPayloads(bytes)).toEqual([SAMPLE_TRACKER_URL]);
  });

  it('never sends a character TIS-620 lacks (dashes and dots become "-")', () => {
    expect(commands.includes(Buffer.from('30-50'))).toBe(true);
    expect(commands.includes(Buffer.from('?'))).toBe(false);
  });
});

describe('raster blocks', () => {
  it('splits a tall image into blocks printers can hold', () => {
    const tall = blankBitmap(576, MAX_RASTER_ROWS + 10);
    const blocks = rasterBlocks(tall);
    expect(blocks.map((b) => b.readUInt16LE(6))).toEqual([MAX_RASTER_ROWS, 10]);
    expect(blocks.map((b) => b.readUInt16LE(4))).toEqual([72, 72]);
  });

  it('always ends with a cut, even when the layout has none', () => {
    const bare: TicketLayout = { lines: [{ kind: 'text', text: 'A', size: 'normal', align: 'left', bold: false }] };
    expect(encodeTicket(bare, { width: 384, mode: 'tis620', codePage: 21 }).subarray(-3)).toEqual(FULL_CUT);
  });
});
