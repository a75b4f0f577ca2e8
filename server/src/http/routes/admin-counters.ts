// Admin: counters (admin role), and signing in at a counter (staff).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requestTokenHash, requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const adminCounterRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions, queue }) => {
  const onRequest = requireRole(sessions, 'admin');
  const counterView = (id: number) => ({ counter: queue.counterViews().find((c) => c.id === id)! });

  route(app, routes.listCounters, { onRequest }, async () => ({
    counters: admin.counters.list(),
  }));

  route(app, routes.createCounter, { onRequest }, async (request, reply) =>
    reply.status(201).send({ counter: admin.counters.create(request.body, request.user!) }),
  );

  route(app, routes.getCounter, { onRequest }, async (request) => ({ counter: admin.counters.get(request.params.id) }));

  route(app, routes.updateCounter, { onRequest }, async (request) => ({
    counter: admin.counters.update(request.params.id, request.body, request.user!),
  }));

  route(app, routes.deleteCounter, { onRequest }, async (request) => ({
    result: admin.counters.remove(request.params.id, request.user!),
  }));

  const staff = requireRole(sessions, 'staff');

  route(app, routes.signIn, { onRequest: staff }, async (request) => {
    admin.signIns.signIn(request.params.id, request.user!, requestTokenHash(request), request.body?.force ?? false);
    return counterView(request.params.id);
  });

  route(app, routes.signOut, { onRequest: staff }, async (request) => {
    admin.signIns.signOut(request.params.id, request.user!);
    return counterView(request.params.id);
  });
};
