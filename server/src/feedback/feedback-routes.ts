// Suggestions about a service from the portal (logged in or not), and the list for supervisors.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, FeedbackBody, FeedbackListQuery, FeedbackListResponse, FeedbackResponse } from '@oss/shared';
import { citizenToken } from '../citizens/citizen-sessions.js';
import { notFound } from '../errors.js';
import { requireRole } from '../http/context.js';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };

export const feedbackRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, deps) => {
  const { sessions, feedback, clock, limits, queue } = deps;

  app.post(
    '/feedback',
    {
      schema: {
        tags: ['citizens'],
        description: 'A suggestion about a service (serviceId) or the office (none).',
        body: FeedbackBody,
        response: { 201: FeedbackResponse, ...errors },
      },
    },
    async (request, reply) => {
      limits.register.hit(request.ip);
      const serviceId = request.body.serviceId ?? null;
      if (serviceId !== null && !queue.services().some((s) => s.id === serviceId)) throw notFound('service-not-found', 'Service');
      const citizen = sessions.authenticate(citizenToken(request));
      const saved = feedback.add(citizen?.id ?? null, serviceId, request.body.text, clock.now().getTime());
      return reply.status(201).send({ feedback: saved });
    },
  );

  app.get(
    '/feedback',
    {
      schema: { tags: ['reports'], querystring: FeedbackListQuery, response: { 200: FeedbackListResponse, ...errors } },
      onRequest: requireRole(deps.staffSessions, 'supervisor'),
    },
    async (request) => feedback.page(request.query.limit, request.query.before),
  );
};
