// Staff: a ticket's request from the portal, with its documents; masked when the citizen asked,
// unless revealed (which is audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole } from '../http/context.js';
import { route } from '../http/route.js';
import type { PortalRouteDeps } from '../portal/context.js';

export const staffRequestRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { staffSessions, staffView }) => {
  const onRequest = requireRole(staffSessions, 'staff');

  route(app, routes.ticketRequest, { onRequest }, async (request) =>
    staffView.forTicket(request.params.id, request.user!, false),
  );

  route(app, routes.revealTicketRequest, { onRequest }, async (request) =>
    staffView.forTicket(request.params.id, request.user!, true),
  );
};
