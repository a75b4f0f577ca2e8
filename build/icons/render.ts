// Renders each app's SVG icon to the PNGs electron-builder takes (512 px for Linux, which it
// also turns into the Windows .ico). Run after editing an SVG: `npm run icons -w build`.
// The PNGs are checked in, so packaging needs no canvas.
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const APPS = ['kiosk', 'counter', 'display'] as const;
const SIZE = 512;

for (const app of APPS) {
  const svg = readFileSync(new URL(`./${app}.svg`, import.meta.url));
  const image = await loadImage(svg);
  const canvas = createCanvas(SIZE, SIZE);
  canvas.getContext('2d').drawImage(image, 0, 0, SIZE, SIZE);
  writeFileSync(new URL(`./${app}.png`, import.meta.url), canvas.toBuffer('image/png'));
  process.stdout.write(`build/icons/${app}.png (${SIZE}×${SIZE})\n`);
}
