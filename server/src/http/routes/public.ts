// Calls anyone on the office network may make: health, services, taking a ticket, tracking one.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes, toTrackedTicket } from '@oss/shared';
import { AppError } from '../../errors.js';
import type { RouteDeps } from '../context.js';
import { route } from '../route.js';

export const publicRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queue, version }) => {
  route(app, routes.health, {}, async () => ({
    status: 'ok' as const,
    version,
  }));

  route(app, routes.services, {}, async () => {
    return { services: queue.serviceViews() };
  });

  route(app, routes.issueTicket, {}, async (request, reply) => {
    const { ticket, replayed } = await queue.issueSoon(request.body, request.headers['idempotency-key']);
    return reply.status(replayed ? 200 : 201).send({ ticket });
  });

  route(app, routes.track, {}, async (request) => {
    // Whoever holds the code gets the tracker's view: no clerk's note, no priority.
    const view = queue.track(request.params.trackingCode);
    return { ...view, ticket: toTrackedTicket(view.ticket) };
  });

  route(
    app,
    routes.cancelTracked,
    {},
    // Whoever holds the code gets the tracker's view: no note, no priority.
    async (request) => ({ ticket: toTrackedTicket(queue.cancelByCitizen(request.params.trackingCode)) }),
  );

  route(app, routes.rateTracked, {}, async (request, reply) => {
    const { score, comment } = request.body;
    if (comment !== undefined && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(comment)) {
      throw new AppError(400, 'bad-request', 'The comment has control characters');
    }
    return reply.status(201).send({ rating: queue.rate(request.params.trackingCode, score, comment) });
  });
};
