// Draws a ticket layout as 1-bit images at the printer's width: Thai and English text with the
// bundled Sarabun font, the number large, the QR module by module (no smoothing, so every module
// is whole dots). The ESC/POS encoder prints these bitmaps and the PNG preview stacks them.
import { createCanvas } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { TicketLayout, TicketLine, TicketTextSize } from '@oss/shared';
import { bitmapToPng, blankBitmap, fillRect, fromRgba, stackBitmaps, type Bitmap } from './bitmap.js';
import { ensureTicketFont, TICKET_FONT } from './fonts.js';
import { wrapText } from './wrap.js';

/** Dots across the paper: 80 mm printers have 576, 58 mm printers 384 (at 203 dpi). */
export type PaperWidth = 576 | 384;

/** Sizes at 576 dots; a 384-dot printer gets two thirds of each. */
const TEXT_PX: Record<TicketTextSize, number> = { small: 22, normal: 27, large: 38 };
const NUMBER_PX = 170;
const MARGIN = 16;
const LINE_GAP = 4;
const FEED_LINE = 30;
const SEPARATOR = 22;

const scaled = (width: PaperWidth, px: number) => Math.round((px * width) / 576);

function canvasFor(width: number, height: number) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  return { canvas, ctx };
}

function renderText(line: Extract<TicketLine, { kind: 'text' }>, width: PaperWidth): Bitmap {
  ensureTicketFont();
  const font = `${line.bold ? 'bold ' : ''}${scaled(width, TEXT_PX[line.size])}px "${TICKET_FONT}"`;
  const probe = canvasFor(1, 1).ctx;
  probe.font = font;
  const inner = width - 2 * MARGIN;
  const rows = wrapText(line.text, (s) => probe.measureText(s).width <= inner);
  // The font's own box, not the glyphs': Thai marks stack above and below, and every line of a
  // size must sit at the same height whatever letters it has.
  const metrics = probe.measureText('ก');
  const ascent = Math.ceil(metrics.fontBoundingBoxAscent);
  const rowHeight = ascent + Math.ceil(metrics.fontBoundingBoxDescent) + LINE_GAP;
  const { canvas, ctx } = canvasFor(width, rowHeight * rows.length);
  ctx.font = font;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = line.align;
  const x = line.align === 'left' ? MARGIN : line.align === 'right' ? width - MARGIN : width / 2;
  rows.forEach((row, i) => ctx.fillText(row, x, i * rowHeight + ascent));
  return fromRgba(ctx.getImageData(0, 0, width, canvas.height).data, width, canvas.height);
}

/** The number as large as fits, cropped to its glyphs so the paper is not wasted on line height. */
function renderNumber(text: string, width: PaperWidth): Bitmap {
  ensureTicketFont();
  const probe = canvasFor(1, 1).ctx;
  let px = scaled(width, NUMBER_PX);
  probe.font = `bold ${px}px "${TICKET_FONT}"`;
  const inner = width - 2 * MARGIN;
  const measured = probe.measureText(text).width;
  // Long prefixes ("ABC1234") shrink to fit rather than run off the paper.
  if (measured > inner) px = Math.floor((px * inner) / measured);
  probe.font = `bold ${px}px "${TICKET_FONT}"`;
  const m = probe.measureText(text);
  const pad = scaled(width, 8);
  const top = Math.ceil(m.actualBoundingBoxAscent) + pad;
  const height = top + Math.ceil(m.actualBoundingBoxDescent) + pad;
  const { ctx } = canvasFor(width, height);
  ctx.font = probe.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, width / 2, top);
  return fromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
}

/** The QR drawn from its module matrix: the printer's own QR command is not the same across makers. */
export function renderQr(payload: string, width: PaperWidth): Bitmap {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const span = modules.size + 2 * quiet;
  // About half the paper: big enough for an old phone camera, small enough to save paper.
  const dot = Math.max(2, Math.min(8, Math.floor((width * 0.5) / span)));
  const side = span * dot;
  const out = blankBitmap(width, side);
  const left = Math.floor((width - side) / 2) + quiet * dot;
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) fillRect(out, left + c * dot, (quiet + r) * dot, dot, dot);
    }
  }
  return out;
}

function renderSeparator(width: PaperWidth): Bitmap {
  const height = scaled(width, SEPARATOR);
  const out = blankBitmap(width, height);
  const y = Math.floor(height / 2) - 1;
  for (let x = MARGIN; x < width - MARGIN; x += 14) fillRect(out, x, y, Math.min(8, width - MARGIN - x), 2);
  return out;
}

/** Blank paper for a feed of `lines` text lines. */
export function feedHeight(width: PaperWidth, lines: number): number {
  return scaled(width, FEED_LINE) * lines;
}

/** One layout line as an image, or null for what is not drawn (feed, cut). */
export function renderLine(line: TicketLine, width: PaperWidth): Bitmap | null {
  switch (line.kind) {
    case 'text':
      return renderText(line, width);
    case 'number':
      return renderNumber(line.text, width);
    case 'qr':
      return renderQr(line.payload, width);
    case 'separator':
      return renderSeparator(width);
    case 'feed':
    case 'cut':
      return null;
  }
}

/** The whole ticket as one image, as it comes out of a raster-mode printer. */
export function renderTicket(layout: TicketLayout, width: PaperWidth): Bitmap {
  const parts: Bitmap[] = [blankBitmap(width, scaled(width, 12))];
  for (const line of layout.lines) {
    const bitmap = renderLine(line, width);
    if (bitmap) parts.push(bitmap);
    else if (line.kind === 'feed') parts.push(blankBitmap(width, feedHeight(width, line.lines)));
  }
  return stackBitmaps(width, parts);
}

export function renderTicketPng(layout: TicketLayout, width: PaperWidth): Buffer {
  return bitmapToPng(renderTicket(layout, width));
}
