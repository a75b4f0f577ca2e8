// Voice sets for the TV display (docs/display.md): the list for the screens, an admin's
// upload of recorded clips (one WAV per request, the raw body), and the clip files themselves.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, ClipId, DEFAULT_VOICE_SET, routes, VOICE_CLIP_MAX_BYTES, VoiceSetName, type VoiceSet } from '@oss/shared';
import { z } from 'zod';
import type { Sessions } from '../auth/sessions.js';
import type { Db } from '../db/open.js';
import { AppError } from '../errors.js';
import { requireRole } from '../http/context.js';
import { route } from '../http/route.js';
import { builtInSetReader } from './builtin-set.js';
import { VoiceStore, type StoredSet } from './voice-store.js';
import { readWav } from './wav-check.js';

export interface VoiceRouteDeps {
  db: Db;
  sessions: Sessions;
  /** Where the built web apps are (the default set is display/dist/renderer/voice/default). */
  webRoot: string;
}

/** OSS_DATA_DIR/voice: the data directory is where the database file is. */
export function voiceDir(db: Db): string {
  return db.name === ':memory:' || db.name === '' ? join(tmpdir(), `oss-voice-${process.pid}`) : join(dirname(db.name), 'voice');
}

const FileParams = z.object({ set: VoiceSetName, file: z.string().regex(/^[a-z0-9-]+\.wav$/) });

const clipUrl = (set: string, clip: string, version: string) => `/voice/${set}/${clip}.wav?v=${version}`;

function setView(s: StoredSet): VoiceSet {
  return {
    name: s.name,
    builtIn: false,
    clips: Object.fromEntries(s.clips.map((c) => [c.id, clipUrl(s.name, c.id, c.version)])),
  };
}

function notReserved(set: string): void {
  if (set === DEFAULT_VOICE_SET)
    throw new AppError(409, 'voice-set-reserved', `"${DEFAULT_VOICE_SET}" is the built-in set; upload to a set of another name`);
}

export const voiceRoutes: FastifyPluginAsyncZod<VoiceRouteDeps> = async (app, { db, sessions, webRoot }) => {
  const store = new VoiceStore(voiceDir(db));
  const builtIn = builtInSetReader(webRoot);
  const admin = requireRole(sessions, 'admin');

  // In this plugin only: any body that is not JSON arrives as a Buffer, up to the clip limit.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: VOICE_CLIP_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  // The calls under /api/v1, in a child of this plugin so that they get its parser.
  await app.register(
    async (api) => {
      route(api, routes.voiceSets, {}, async () => {
        const base = builtIn();
        const recorded = store
          .list()
          .filter((s) => s.name !== DEFAULT_VOICE_SET)
          .map(setView);
        return { sets: base ? [base, ...recorded] : recorded };
      });

      route(api, routes.putVoiceClip, { bodyLimit: VOICE_CLIP_MAX_BYTES, onRequest: admin }, async (request, reply) => {
        const { set, clip } = request.params;
        notReserved(set);
        const body: unknown = request.body;
        if (!Buffer.isBuffer(body) || !readWav(body)) {
          throw new AppError(415, 'unsupported-media-type', 'Send the clip as a WAV file (RIFF/WAVE) in the request body');
        }
        const existed = store.read(set, clip) !== null;
        const stored = store.write(set, clip, body);
        return reply
          .status(existed ? 200 : 201)
          .send({ set, clip, bytes: stored.bytes, url: clipUrl(set, clip, stored.version) });
      });

      route(api, routes.deleteVoiceClip, { onRequest: admin }, async (request, reply) => {
        const { set, clip } = request.params;
        notReserved(set);
        if (!store.removeClip(set, clip)) throw new AppError(404, 'voice-clip-not-found', `The set "${set}" has no clip ${clip}`);
        return reply.status(204).send(null);
      });

      route(api, routes.deleteVoiceSet, { onRequest: admin }, async (request, reply) => {
        notReserved(request.params.set);
        if (!store.removeSet(request.params.set))
          throw new AppError(404, 'voice-set-not-found', `No voice set "${request.params.set}"`);
        return reply.status(204).send(null);
      });
    },
    { prefix: API_PREFIX },
  );

  // The clip files. Their URLs carry the version (?v=), so a day's caching never plays an old take.
  app.get('/voice/:set/:file', { schema: { hide: true, params: FileParams } }, async (request, reply) => {
    const { set, file } = request.params;
    const clip = file.slice(0, -'.wav'.length);
    const found = ClipId.safeParse(clip).success ? store.read(set, clip) : null;
    if (!found) throw new AppError(404, 'voice-clip-not-found', `No clip ${file} in the voice set "${set}"`);
    const etag = `"${found.version}"`;
    reply.header('cache-control', 'public, max-age=86400').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('audio/wav').send(found.data);
  });
};
