// The recorded voice clips as files (docs/display.md), outside the API like the web apps' files.
// Their URLs carry the version (?v=), so a day's caching never plays an old take.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ClipId, VoiceSetName } from '@oss/shared';
import { z } from 'zod';
import type { Db } from '../db/open.js';
import { AppError } from '../errors.js';
import type { VoiceStore } from './voice-store.js';

/** OSS_DATA_DIR/voice: the data directory is where the database file is. */
export function voiceDir(db: Db): string {
  return db.name === ':memory:' || db.name === '' ? join(tmpdir(), `oss-voice-${process.pid}`) : join(dirname(db.name), 'voice');
}

const FileParams = z.object({ set: VoiceSetName, file: z.string().regex(/^[a-z0-9-]+\.wav$/) });

export const voiceClipFiles: FastifyPluginAsyncZod<{ store: VoiceStore }> = async (app, { store }) => {
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
