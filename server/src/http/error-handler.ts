// One error shape for every answer (DESIGN §4); internals never reach a client.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '@oss/shared';
import { AppError } from '../errors.js';

const body = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

/** Fastify's own client errors, by code, as ours. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload-too-large', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', message: 'Send JSON (application/json)' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request', message: 'Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad-request', message: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad-request', message: 'The body is not valid JSON' },
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(body(err.code, err.message));
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
