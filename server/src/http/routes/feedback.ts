// Suggestions about a service from the portal (logged in or not), and the list for supervisors.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { citizenToken } from '../../citizens/citizen-sessions.js';
import { notFound } from '../../errors.js';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const feedbackRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: deps }) => {
  const { sessions, feedback, clock, limits, queue } = deps;

  route(app, routes.feedback, {}, async (request, reply) => {
    limits.register.hit(request.ip);
    const serviceId = request.body.serviceId ?? null;
    if (serviceId !== null && !queue.services().some((s) => s.id === serviceId)) throw notFound('service-not-found', 'Service');
    const citizen = sessions.authenticate(citizenToken(request));
    const saved = feedback.add(citizen?.id ?? null, serviceId, request.body.text, clock.now().getTime());
    return reply.status(201).send({ feedback: saved });
  });

  route(app, routes.feedbackList, { onRequest: requireRole(deps.staffSessions, 'supervisor') }, async (request) =>
    feedback.page(request.query.limit, request.query.before),
  );
};
