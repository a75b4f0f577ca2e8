// Calls anyone on the office network may make: health, services, taking a ticket, tracking one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorBody,
  Health,
  IssueTicketBody,
  RatingBody,
  RatingResponse,
  ServicesResponse,
  TicketResponse,
  toTrackedTicket,
  TrackedTicketResponse,
  TrackingCodeParams,
  TrackResponse,
} from '@oss/shared';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { RouteDeps } from '../context.js';

const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,128}$/, 'use 1–128 printable ASCII characters')
    .optional(),
});

export const publicRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queue, version }) => {
  app.get('/health', { schema: { tags: ['public'], response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    version,
  }));

  app.get('/services', { schema: { tags: ['public'], response: { 200: ServicesResponse } } }, async () => {
    return { services: queue.serviceViews() };
  });

  app.post(
    '/tickets',
    {
      schema: {
        tags: ['public'],
        description: 'Take a ticket. A repeated Idempotency-Key returns the ticket it first gave (200).',
        headers: IdempotencyHeaders,
        body: IssueTicketBody,
        response: { 200: TicketResponse, 201: TicketResponse, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { ticket, replayed } = await queue.issueSoon(request.body, request.headers['idempotency-key']);
      return reply.status(replayed ? 200 : 201).send({ ticket });
    },
  );

  app.get(
    '/tickets/track/:trackingCode',
    { schema: { tags: ['public'], params: TrackingCodeParams, response: { 200: TrackResponse, 404: ErrorBody } } },
    async (request) => {
      // Whoever holds the code gets the tracker's view: no clerk's note, no priority.
      const view = queue.track(request.params.trackingCode);
      return { ...view, ticket: toTrackedTicket(view.ticket) };
    },
  );

  app.post(
    '/tickets/track/:trackingCode/cancel',
    {
      schema: {
        tags: ['public'],
        params: TrackingCodeParams,
        response: { 200: TrackedTicketResponse, 404: ErrorBody, 409: ErrorBody },
      },
    },
    // Whoever holds the code gets the tracker's view: no note, no priority.
    async (request) => ({ ticket: toTrackedTicket(queue.cancelByCitizen(request.params.trackingCode)) }),
  );

  app.post(
    '/tickets/track/:trackingCode/rating',
    {
      schema: {
        tags: ['public'],
        params: TrackingCodeParams,
        body: RatingBody,
        response: { 201: RatingResponse, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { score, comment } = request.body;
      if (comment !== undefined && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(comment)) {
        throw new AppError(400, 'bad-request', 'The comment has control characters');
      }
      return reply.status(201).send({ rating: queue.rate(request.params.trackingCode, score, comment) });
    },
  );
};
