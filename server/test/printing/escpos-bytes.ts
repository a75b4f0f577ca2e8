// Reads back what the encoder wrote: the GS v 0 raster blocks as bitmaps, the bytes between them,
// and QR codes found in a bitmap.
import jsQR from 'jsqr';
import { toRgba, type Bitmap } from '../../src/printing/bitmap.js';
import { GS_V_0 } from '../../src/printing/escpos-encoder.js';

export interface RasterBlock {
  offset: number;
  widthBytes: number;
  height: number;
  /** The whole block, header included (to compare with an expected block). */
  bytes: Buffer;
  bitmap: Bitmap;
}

/** Walks the stream, jumping over each block's data so that image bytes are never read as commands. */
export function parseEscpos(bytes: Buffer): { blocks: RasterBlock[]; commands: Buffer } {
  const blocks: RasterBlock[] = [];
  const commands: Buffer[] = [];
  let i = 0;
  while (i < bytes.length) {
    const next = bytes.indexOf(GS_V_0, i);
    if (next < 0) {
      commands.push(bytes.subarray(i));
      break;
    }
    commands.push(bytes.subarray(i, next));
    const widthBytes = bytes.readUInt16LE(next + 4);
    const height = bytes.readUInt16LE(next + 6);
    const end = next + 8 + widthBytes * height;
    if (end > bytes.length) throw new Error(`raster block at ${next} runs past the end`);
    const data = new Uint8Array(bytes.subarray(next + 8, end));
    blocks.push({
      offset: next,
      widthBytes,
      height,
      bytes: bytes.subarray(next, end),
      bitmap: { width: widthBytes * 8, height, data },
    });
    i = end;
  }
  return { blocks, commands: Buffer.concat(commands) };
}

export function decodeQr(bitmap: Bitmap): string | null {
  return jsQR(toRgba(bitmap), bitmap.width, bitmap.height)?.data ?? null;
}

/** Every QR payload found in the stream's raster blocks (text lines are too short to hold one). */
export function qrPayloads(bytes: Buffer): string[] {
  return parseEscpos(bytes).blocks.flatMap((b) => {
    if (b.height < 100) return [];
    const text = decodeQr(b.bitmap);
    return text === null ? [] : [text];
  });
}
