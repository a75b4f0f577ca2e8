// Staff: a ticket's request from the portal, with its documents; masked when the citizen asked,
// unless revealed (which is audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const staffRequestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: { staffSessions, staffView } }) => {
  const onRequest = requireRole(staffSessions, 'staff');

  route(app, routes.ticketRequest, { onRequest }, async (request) =>
    staffView.forTicket(request.params.id, request.user!, false),
  );

  route(app, routes.revealTicketRequest, { onRequest }, async (request) =>
    staffView.forTicket(request.params.id, request.user!, true),
  );
};
