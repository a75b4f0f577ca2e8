// Voice sets on a real hub: the built-in set from the display's build, an admin's recorded clips
// (WAV checked from the bytes, size-limited, stored under the data directory), and the clip files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIP_IDS, VOICE_CLIP_MAX_BYTES, VoiceSetsResponse } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { readWav } from '../../src/voice/wav-check.js';
import { client } from '../admin/admin-client.js';

/** A mono 16-bit PCM WAV of a tone. */
function wav(seconds = 0.2, rate = 16_000): Buffer {
  const samples = Math.round(seconds * rate);
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0, 'latin1');
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVEfmt ', 8, 'latin1');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'latin1');
  buf.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) buf.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return buf;
}

let hub: TestHub;
let admin: string;
let staff: string;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  admin = await hub.login();
  staff = (await client(hub).staffUser(admin, 'voicestaff', 'staff')).token;
});

afterAll(async () => {
  await hub?.dispose();
});

function put(set: string, clip: string, body: Buffer | string, token: string | null = admin, type = 'audio/wav') {
  return fetch(`${hub.url}/api/v1/admin/voice-sets/${set}/clips/${clip}`, {
    method: 'PUT',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

async function sets() {
  const res = await fetch(`${hub.url}/api/v1/voice-sets`);
  expect(res.status).toBe(200);
  return VoiceSetsResponse.parse(await res.json()).sets;
}

const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('the WAV check', () => {
  it('reads a RIFF/WAVE header and refuses other bytes', () => {
    expect(readWav(wav())).toMatchObject({ format: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 });
    expect(readWav(Buffer.from('RIFF....WAVEjunk'.padEnd(64, ' ')))).toBeNull();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    expect(readWav(png)).toBeNull();
    const noData = wav().subarray(0, 36);
    expect(readWav(Buffer.concat([noData, Buffer.alloc(16)]))).toBeNull();
  });
});

describe('voice sets', () => {
  const espeak = !spawnSync('espeak-ng', ['--version']).error;
  const manifest = join(process.cwd(), 'display/dist/renderer/voice/default/manifest.json');

  // Where espeak-ng is installed (CI) the build must have made the set: this is not skipped there.
  it('lists the built-in set the display build made, every clip served', async () => {
    expect(espeak, 'espeak-ng builds the default voice set (.ci/run installs it)').toBe(true);
    expect(existsSync(manifest), 'build the display first: npm run build -w display').toBe(true);
    const builtIn = (await sets()).find((s) => s.name === 'default');
    expect(builtIn?.builtIn).toBe(true);
    expect(Object.keys(builtIn!.clips).sort()).toEqual([...CLIP_IDS].sort());
    for (const id of ['chime', 'number', 'letter-a', 'digit-0', 'please-go-to-counter', 'ka', 'en-number']) {
      const res = await fetch(`${hub.url}${builtIn!.clips[id]}`);
      expect(res.status, id).toBe(200);
      expect(readWav(Buffer.from(await res.arrayBuffer())), id).not.toBeNull();
    }
  });

  it('takes a recorded clip from an admin, stores it under the data directory and serves it with caching', async () => {
    const take = wav(0.3);
    const res = await put('office', 'number', take);
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { set: string; clip: string; bytes: number; url: string };
    expect(answer).toMatchObject({ set: 'office', clip: 'number', bytes: take.length });
    expect(readFileSync(join(hub.dataDir, 'voice', 'office', 'number.wav')).equals(take)).toBe(true);

    const office = (await sets()).find((s) => s.name === 'office');
    expect(office).toEqual({ name: 'office', builtIn: false, clips: { number: answer.url } });

    const clip = await fetch(`${hub.url}${answer.url}`);
    expect(clip.status).toBe(200);
    expect(clip.headers.get('content-type')).toBe('audio/wav');
    expect(clip.headers.get('cache-control')).toContain('max-age=');
    expect(Buffer.from(await clip.arrayBuffer()).equals(take)).toBe(true);
    const again = await fetch(`${hub.url}${answer.url}`, { headers: { 'if-none-match': clip.headers.get('etag')! } });
    expect(again.status).toBe(304);

    // A new take replaces it, under a new URL so no TV keeps the old one from its cache.
    const retake = await put('office', 'number', wav(0.5));
    expect(retake.status).toBe(200);
    expect(((await retake.json()) as { url: string }).url).not.toBe(answer.url);
  });

  it('is for admins only', async () => {
    expect((await put('office', 'ka', wav(), null)).status).toBe(401);
    const asStaff = await put('office', 'ka', wav(), staff);
    expect(asStaff.status).toBe(403);
    expect(await code(asStaff)).toBe('forbidden');
  });

  it('checks the type from the bytes, the size, the clip id and the set name', async () => {
    const notWav = await put('office', 'ka', Buffer.from('%PDF-1.7 not a wav at all'.padEnd(200, ' ')));
    expect(notWav.status).toBe(415);
    expect(await code(notWav)).toBe('unsupported-media-type');
    // Declaring audio/wav does not make a text a WAV, and the type header does not matter for a real one.
    expect((await put('office', 'ka', 'hello', admin, 'audio/wav')).status).toBe(415);
    expect((await put('office', 'ka', wav(), admin, 'application/octet-stream')).status).toBe(201);
    const json = await put('office', 'ka', JSON.stringify({ a: 1 }), admin, 'application/json');
    expect(json.status).toBe(415);

    const big = Buffer.concat([wav(0.1), Buffer.alloc(VOICE_CLIP_MAX_BYTES)]);
    const tooBig = await put('office', 'digit-1', big);
    expect(tooBig.status).toBe(413);
    expect(await code(tooBig)).toBe('payload-too-large');

    expect((await put('office', 'digit-10', wav())).status).toBe(400);
    expect((await put('office', 'letter-aa', wav())).status).toBe(400);
    expect((await put('Office', 'ka', wav())).status).toBe(400);
    expect((await put('-x', 'ka', wav())).status).toBe(400);
    const reserved = await put('default', 'ka', wav());
    expect(reserved.status).toBe(409);
    expect(await code(reserved)).toBe('voice-set-reserved');
    expect((await sets()).find((s) => s.name === 'office')?.clips['digit-1']).toBeUndefined();
  });

  it('serves only clip files, never anything else from the disk', async () => {
    for (const path of [
      '/voice/office/../../oss-queue.sqlite',
      '/voice/office/%2e%2e%2f%2e%2e%2foss-queue.sqlite',
      '/voice/office/number.txt',
      '/voice/office/.number.wav',
      '/voice/nosuch/number.wav',
      '/voice/office/digit-9.wav',
    ]) {
      const res = await fetch(`${hub.url}${path}`);
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('deletes a clip and a whole set', async () => {
    await put('spare', 'ka', wav());
    const del = (path: string) =>
      fetch(`${hub.url}/api/v1/admin/voice-sets/${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });
    expect((await del('spare/clips/ka')).status).toBe(204);
    const gone = await del('spare/clips/ka');
    expect(gone.status).toBe(404);
    expect(await code(gone)).toBe('voice-clip-not-found');
    expect((await del('spare')).status).toBe(204);
    expect(await code(await del('spare'))).toBe('voice-set-not-found');
    expect((await sets()).some((s) => s.name === 'spare')).toBe(false);
    expect((await del('default')).status).toBe(409);
  });
});
