// Attaching documents: the file is the raw request body (no multipart), any content type, at most
// 5 MB, with its display name in ?name=. The login is checked first; then a declared
// Content-Length against the size limit, the citizen's quota and the disk's room, before a byte of
// the body is read; then the body is read here, counted as it arrives, and only then checked
// (again) and stored. Staff download a document with GET /documents/:id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_DOCUMENT_BYTES, routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';
import { AppError } from '../../errors.js';
import { tooLarge } from '../../uploads/documents.js';

// Past this much, a sender that ignores the early answer is cut off rather than drained.
const DRAIN_LIMIT = 4 * MAX_DOCUMENT_BYTES;

export const uploadRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: { sessions, staffSessions, documents } }) => {
  // This plugin's own parser for every type but JSON: the body arrives as a Buffer, at most the
  // limit. An oversized body is drained (so the client reads our answer) and refused with 413.
  // Text too: a file declared text/plain is still judged by its bytes.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', (_request, payload, done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DOCUMENT_BYTES) {
        failed = true;
        chunks.length = 0;
        if (size > DRAIN_LIMIT) payload.destroy();
      } else chunks.push(chunk);
    });
    payload.on('end', () => (failed ? done(tooLarge(), undefined) : done(null, Buffer.concat(chunks))));
    payload.on('error', () =>
      done(failed ? tooLarge() : new AppError(400, 'bad-request', 'The upload was interrupted'), undefined),
    );
  });

  route(
    app,
    routes.uploadDocument,
    {
      // 5 MB from a phone: the longer body deadline (server/src/http/slow-clients.ts).
      config: { slowBody: true },
      onRequest: sessions.require(),
      // After the login, before the body: a refusal here answers at once (Node discards the rest).
      preParsing: async (request, _reply, payload) => {
        const length = request.headers['content-length'];
        if (length !== undefined && /^\d+$/.test(length)) documents.assertRoom(request.citizen!, Number(length));
        return payload;
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (!Buffer.isBuffer(body)) throw new AppError(415, 'file-type-not-allowed', 'Send the file itself as the body, not JSON');
      const document = documents.upload(request.citizen!, request.params.id, request.query.name, body);
      return reply.status(201).send({ document });
    },
  );

  route(app, routes.deleteDocument, { onRequest: sessions.require() }, async (request) => {
    documents.remove(request.citizen!, request.params.id, request.params.documentId);
    return {};
  });

  route(app, routes.document, { onRequest: requireRole(staffSessions, 'staff') }, async (request, reply) => {
    const file = documents.download(request.params.id, request.user!);
    return reply
      .type(file.type)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .send(file.content);
  });
};
