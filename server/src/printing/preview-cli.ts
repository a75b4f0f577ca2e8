// `npm run preview:ticket`: draws the sample ticket as the printer would (1-bit, 80 mm and 58 mm)
// into docs/, so a change to the layout is reviewed as a picture.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTicketPng } from './raster.js';
import { sampleTicketLayout } from './sample-ticket.js';

const docs = new URL('../../../docs/', import.meta.url);
const layout = sampleTicketLayout();
for (const [file, width] of [
  ['ticket-preview.png', 576],
  ['ticket-preview-58mm.png', 384],
] as const) {
  const path = fileURLToPath(new URL(file, docs));
  writeFileSync(path, renderTicketPng(layout, width));
  process.stdout.write(`wrote ${path}\n`);
}
