// One error shape for every answer (docs/design.md §4.1); internals never reach a client.
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '@oss/shared';
import { STORAGE_PROBLEM_TEXT, storageProblem } from '../db/sqlite-errors.js';
import { AppError } from '../errors.js';
import { RateLimited } from './rate-limit.js';

const body = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

/** Fastify's own client errors, by code, as ours. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload-too-large', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', message: 'Send JSON (application/json)' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request', message: 'Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad-request', message: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad-request', message: 'The body is not valid JSON' },
};

/**
 * Errors Fastify's router answers before any route or hook runs (a path parameter over the
 * length limit, a URL that does not decode): pass as Fastify's `frameworkErrors` option.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.status(414).send(body('bad-request', 'A part of the address is too long'));
    return;
  }
  void reply.status(400).send(body('bad-request', 'The address is not valid'));
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over 16 KiB, a malformed
 * request line, a client too slow): answered in the one error shape too, then the connection
 * closes. Pass as Fastify's `clientErrorHandler` option.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive']
        : [400, 'Bad Request', 'The request could not be read'];
  writeRawError(socket, status, text, message);
}

/** Answers on the bare socket (no request or reply to answer with), then closes the connection. */
export function writeRawError(socket: Duplex, status: number, statusText: string, message: string): void {
  const json = JSON.stringify(body('bad-request', message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${statusText}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy();
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof RateLimited) void reply.header('retry-after', String(err.retryAfterSeconds));
    if (err instanceof AppError) return reply.status(err.status).send(body(err.code, err.message));
    // A full or read-only disk is not the client's doing: 503, logged for the administrator. The
    // change was one transaction, rolled back whole; reads keep working.
    const problem = storageProblem(err);
    if (problem) {
      request.log.error({ err, problem }, `storage unavailable: ${STORAGE_PROBLEM_TEXT[problem]}`);
      return reply
        .status(503)
        .header('retry-after', '30')
        .send(
          body(
            'storage-unavailable',
            'The hub cannot save this now (its storage is unavailable); nothing was changed. Try again shortly.',
          ),
        );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = err.validation[0];
      const where = issue?.instancePath
        ? `${err.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`
        : (err.validationContext ?? 'request');
      return reply.status(400).send(body('bad-request', `Invalid ${where}: ${issue?.message ?? 'bad value'}`));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return reply.status(500).send(body('internal-error', 'Something went wrong on the hub'));
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, known.message));
    if (err.statusCode === 429) return reply.status(429).send(body('rate-limited', 'Too many requests; try again shortly'));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(body('bad-request', 'The request could not be understood'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal-error', 'Something went wrong on the hub'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(body('not-found', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`)),
  );
}
