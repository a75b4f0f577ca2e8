// Reads the recorded device traffic in ../fixtures: one report per line, `<ms> <hex bytes…>`, with
// `#` starting a comment. Kept as text so a recording can be read and reviewed like code.
import { readFileSync } from 'node:fs';

export function readRecording(name: string): Uint8Array[] {
  const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  return text.split('\n').flatMap((line) => {
    const data = line.split('#')[0]?.trim() ?? '';
    if (data === '') return [];
    const [, ...bytes] = data.split(/\s+/);
    return [Uint8Array.from(bytes.map((b) => parseInt(b, 16)))];
  });
}

export const bytes = (hex: string): Uint8Array =>
  Uint8Array.from(
    hex
      .trim()
      .split(/\s+/)
      .map((b) => parseInt(b, 16)),
  );
