// Admin: services (admin role).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const adminServiceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');

  route(app, routes.listServices, { onRequest }, async () => ({
    services: admin.services.list(),
  }));

  route(app, routes.createService, { onRequest }, async (request, reply) =>
    reply.status(201).send({ service: admin.services.create(request.body, request.user!) }),
  );

  route(app, routes.getService, { onRequest }, async (request) => ({ service: admin.services.get(request.params.id) }));

  route(app, routes.updateService, { onRequest }, async (request) => ({
    service: admin.services.update(request.params.id, request.body, request.user!),
  }));

  route(app, routes.deleteService, { onRequest }, async (request, reply) => {
    admin.services.remove(request.params.id, request.user!);
    return reply.status(204).send(null);
  });
};
