// Voice sets for the TV display (docs/display.md): the list for the screens, and an admin's
// upload of recorded clips (one WAV per request, the raw body). The clip files themselves are
// served outside the API (server/src/voice/clip-files.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEFAULT_VOICE_SET, routes, VOICE_CLIP_MAX_BYTES, type VoiceSet } from '@oss/shared';
import { AppError } from '../../errors.js';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';
import type { StoredSet } from '../../voice/voice-store.js';
import { readWav } from '../../voice/wav-check.js';

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

export const voiceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { sessions, voice: { store, builtIn } }) => {
  const admin = requireRole(sessions, 'admin');

  // In this plugin only: any body that is not JSON arrives as a Buffer, up to the clip limit.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: VOICE_CLIP_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  route(app, routes.voiceSets, {}, async () => {
    const base = builtIn();
    const recorded = store
      .list()
      .filter((s) => s.name !== DEFAULT_VOICE_SET)
      .map(setView);
    return { sets: base ? [base, ...recorded] : recorded };
  });

  route(app, routes.putVoiceClip, { bodyLimit: VOICE_CLIP_MAX_BYTES, onRequest: admin }, async (request, reply) => {
    const { set, clip } = request.params;
    notReserved(set);
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body) || !readWav(body)) {
      throw new AppError(415, 'unsupported-media-type', 'Send the clip as a WAV file (RIFF/WAVE) in the request body');
    }
    const existed = store.read(set, clip) !== null;
    const stored = store.write(set, clip, body);
    return reply.status(existed ? 200 : 201).send({ set, clip, bytes: stored.bytes, url: clipUrl(set, clip, stored.version) });
  });

  route(app, routes.deleteVoiceClip, { onRequest: admin }, async (request, reply) => {
    const { set, clip } = request.params;
    notReserved(set);
    if (!store.removeClip(set, clip)) throw new AppError(404, 'voice-clip-not-found', `The set "${set}" has no clip ${clip}`);
    return reply.status(204).send(null);
  });

  route(app, routes.deleteVoiceSet, { onRequest: admin }, async (request, reply) => {
    notReserved(request.params.set);
    if (!store.removeSet(request.params.set))
      throw new AppError(404, 'voice-set-not-found', `No voice set "${request.params.set}"`);
    return reply.status(204).send(null);
  });
};
