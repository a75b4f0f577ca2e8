// A 1-bit image in the layout ESC/POS raster commands use: rows of whole bytes, most significant
// bit first, 1 = a black dot. Everything the printer gets as an image goes through this type, and
// the PNG preview is made from the same bits, so the preview is what the paper shows.
import { createCanvas, ImageData } from '@napi-rs/canvas';

export interface Bitmap {
  /** Dots across; a multiple of 8 for the printer widths (576, 384). */
  width: number;
  height: number;
  data: Uint8Array;
}

export const rowBytes = (width: number): number => Math.ceil(width / 8);

export function blankBitmap(width: number, height: number): Bitmap {
  return { width, height, data: new Uint8Array(rowBytes(width) * height) };
}

function setDot(b: Bitmap, x: number, y: number): void {
  const i = y * rowBytes(b.width) + (x >> 3);
  b.data[i] = (b.data[i] ?? 0) | (0x80 >> (x & 7));
}

/** Fills a rectangle with black (QR modules, rules). */
export function fillRect(b: Bitmap, x0: number, y0: number, w: number, h: number): void {
  for (let y = Math.max(0, y0); y < Math.min(b.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(b.width, x0 + w); x++) setDot(b, x, y);
  }
}

/**
 * Thresholds RGBA pixels to dots. Text is black on white, so a plain threshold keeps strokes crisp
 * where dithering would fray them; a threshold a little above the middle keeps thin Thai marks.
 */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, threshold = 150): Bitmap {
  const b = blankBitmap(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = (rgba[i + 3] ?? 0) / 255;
      // Transparent counts as white paper.
      const lum = 255 - alpha * (255 - (0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0)));
      if (lum < threshold) setDot(b, x, y);
    }
  }
  return b;
}

/** Black and white RGBA, opaque: for PNG files and for QR decoders in tests. */
export function toRgba(b: Bitmap): Uint8ClampedArray {
  const out = new Uint8ClampedArray(b.width * b.height * 4).fill(255);
  const stride = rowBytes(b.width);
  // Paper is mostly white: only set bytes need a look.
  b.data.forEach((byte, i) => {
    if (byte === 0) return;
    const y = Math.floor(i / stride);
    for (let bit = 0; bit < 8; bit++) {
      const x = (i % stride) * 8 + bit;
      if (x < b.width && byte & (0x80 >> bit)) out.fill(0, (y * b.width + x) * 4, (y * b.width + x) * 4 + 3);
    }
  });
  return out;
}

/** Puts bitmaps of one width under each other. */
export function stackBitmaps(width: number, parts: readonly Bitmap[]): Bitmap {
  const height = parts.reduce((h, p) => h + p.height, 0);
  const out = blankBitmap(width, height);
  let offset = 0;
  for (const p of parts) {
    if (p.width !== width) throw new Error(`cannot stack a ${p.width}-dot bitmap on a ${width}-dot one`);
    out.data.set(p.data, offset);
    offset += p.data.length;
  }
  return out;
}

export function bitmapToPng(bitmap: Bitmap): Buffer {
  const b = bitmap.height > 0 ? bitmap : blankBitmap(bitmap.width, 1);
  const canvas = createCanvas(b.width, b.height);
  canvas.getContext('2d').putImageData(new ImageData(toRgba(b), b.width, b.height), 0, 0);
  return canvas.toBuffer('image/png');
}
