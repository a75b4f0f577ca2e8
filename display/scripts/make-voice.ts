// Build step (after `vite build`): makes the default voice set, one WAV per clip id of
// shared/src/voice.ts, into dist/renderer/voice/default/ with a manifest.json. Thai and English
// with espeak-ng, trimmed and levelled with sox; the chime is two sine tones made by sox.
// Without espeak-ng the step is skipped (the board then uses the Web Speech API); any other
// failure fails the build. The clips are cached (node_modules/.cache) under a hash of the tools'
// versions and these scripts, since `vite build` empties dist/ each time.
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CLIP_IDS, DEFAULT_VOICE_SET, type VoiceManifest } from '../../shared/src/voice.js';
import { synthFor } from './voice-phonemes.js';

const run = promisify(execFile);
const OUT = fileURLToPath(new URL(`../dist/renderer/voice/${DEFAULT_VOICE_SET}/`, import.meta.url));
const CACHE = fileURLToPath(new URL('../node_modules/.cache/oss-voice/', import.meta.url));
const RATE = '16000';
// Slower than espeak's 175 words a minute: a lobby is noisy and the listener is waiting for one word.
const SPEED = { th: '135', en: '145' };

function version(tool: string, flag: string): string | null {
  const res = spawnSync(tool, [flag], { encoding: 'utf8' });
  if (res.error) return null;
  return `${res.stdout}${res.stderr}`.split('\n')[0]!.trim();
}

/** Two soft tones, high then low (G5, C5), each with a quick rise and a long fade. */
async function chime(file: string): Promise<void> {
  await run('sox', [
    '-n',
    ...['-r', RATE, '-b', '16', '-c', '1'],
    file,
    ...['synth', '0.45', 'sine', '784', 'fade', 'h', '0.01', '0.45', '0.3', 'vol', '0.45'],
    ':',
    ...['synth', '0.8', 'sine', '523.25', 'fade', 'h', '0.01', '0.8', '0.6', 'vol', '0.45', 'pad', '0', '0.15'],
  ]);
}

async function speech(id: string, file: string, scratch: string): Promise<void> {
  const synth = synthFor(id);
  if (!synth) throw new Error(`${id} is not spoken`);
  const raw = join(scratch, `${id}.raw.wav`);
  await run('espeak-ng', ['-v', synth.voice, '-s', SPEED[synth.voice], '-w', raw, synth.input]);
  // Cut espeak's leading and trailing silence, level every clip alike, leave a short gap after it.
  await run('sox', [
    raw,
    ...['-r', RATE, '-b', '16', '-c', '1'],
    file,
    ...['silence', '1', '0.01', '0.1%', 'reverse', 'silence', '1', '0.01', '0.1%', 'reverse'],
    ...['norm', '-3', 'pad', '0.02', '0.1'],
  ]);
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

async function main(): Promise<void> {
  const espeak = version('espeak-ng', '--version');
  if (!espeak) {
    console.warn('make-voice: espeak-ng is not installed; no default voice set (the TV board will use the Web Speech API).');
    return;
  }
  const sox = version('sox', '--version');
  if (!sox) throw new Error('make-voice: espeak-ng is here but sox is not; install sox (it trims the clips and makes the chime)');

  const generator = `${espeak.replace(/\s+Data at:.*$/, '')}; ${sox.replace(/\s+/g, ' ')}`;
  const key = createHash('sha256')
    .update(generator)
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(fileURLToPath(new URL('./voice-phonemes.ts', import.meta.url))))
    .update(readFileSync(fileURLToPath(new URL('../../shared/src/voice.ts', import.meta.url))))
    .digest('hex')
    .slice(0, 16);
  const cached = join(CACHE, key);
  const started = Date.now();
  if (!existsSync(join(cached, 'manifest.json'))) await generate(cached, generator);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(cached, OUT, { recursive: true });
  console.log(`make-voice: ${CLIP_IDS.length} clips in ${OUT} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Makes every clip and the manifest into `dir`, whole or not at all. */
async function generate(dir: string, generator: string): Promise<void> {
  // One set is kept: older ones (other tool versions or scripts) go.
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const scratch = mkdtempSync(join(CACHE, 'tmp-'));
  const work = join(scratch, 'set');
  mkdirSync(work);
  try {
    await pool(CLIP_IDS, 4, (id) =>
      id === 'chime' ? chime(join(work, `${id}.wav`)) : speech(id, join(work, `${id}.wav`), scratch),
    );
    const manifest: VoiceManifest = {
      set: DEFAULT_VOICE_SET,
      generator,
      clips: Object.fromEntries(CLIP_IDS.map((id) => [id, `${id}.wav`])),
    };
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(work, dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
