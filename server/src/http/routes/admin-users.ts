// Admin: staff accounts (admin role). Users are never deleted: PATCH {"active": false}.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requestTokenHash, requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const adminUserRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');

  route(app, routes.listUsers, { onRequest }, async () => ({
    users: admin.users.list(),
  }));

  route(app, routes.createUser, { onRequest }, async (request, reply) =>
    reply.status(201).send({ user: await admin.users.create(request.body, request.user!) }),
  );

  route(app, routes.getUser, { onRequest }, async (request) => ({ user: admin.users.get(request.params.id) }));

  route(app, routes.updateUser, { onRequest }, async (request) => ({
    user: await admin.users.update(request.params.id, request.body, request.user!, requestTokenHash(request)),
  }));
};
