// A supervisor sets the citizen ID of the account behind a ticket's request, from the ID card the
// citizen shows at the counter: the only way to change an ID once given (citizen-id-check.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const citizenIdRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: { staffSessions, citizenIds } }) => {
  route(app, routes.setCitizenId, { onRequest: requireRole(staffSessions, 'supervisor') }, async (request) => ({
    citizen: citizenIds.verifyForTicket(request.params.id, request.body.citizenId, request.user!.id),
  }));
};
