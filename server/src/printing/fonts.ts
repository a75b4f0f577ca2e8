// The bundled Thai font. Thermal printers' own Thai text is unreliable (stacked vowels and tone
// marks), so Thai lines are drawn with Sarabun (SIL OFL, from @expo-google-fonts/sarabun) and
// printed as images; the hub never depends on the fonts of the machine it runs on.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family name the renderer asks for; an alias so that a system "Sarabun" cannot shadow it. */
export const TICKET_FONT = 'OSS Ticket Sarabun';

const FACES = ['400Regular/Sarabun_400Regular.ttf', '700Bold/Sarabun_700Bold.ttf'] as const;

let registered = false;

/** Registers the regular and bold faces once per process; `bold` in a CSS font string picks the second. */
export function ensureTicketFont(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const face of FACES) {
    const path = require.resolve(`@expo-google-fonts/sarabun/${face}`);
    if (!GlobalFonts.registerFromPath(path, TICKET_FONT)) throw new Error(`could not load the ticket font ${path}`);
  }
  registered = true;
}
