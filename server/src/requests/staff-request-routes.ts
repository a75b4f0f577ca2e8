// Staff: a ticket's request from the portal, with its documents; masked when the citizen asked,
// unless revealed (which is audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams, StaffRequestResponse } from '@oss/shared';
import { requireRole } from '../http/context.js';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['staff'];

export const staffRequestRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { staffSessions, staffView }) => {
  const onRequest = requireRole(staffSessions, 'staff');

  app.get(
    '/tickets/:id/request',
    {
      schema: {
        tags,
        description:
          "The citizen's request behind a ticket. Masked if the citizen chose to hide personal data. Staff see it while the " +
          'ticket is at a counter they are signed in at, or that business day after they served it; supervisors and admins ' +
          'any submitted request. 404 request-not-found for walk-ins and for anyone else.',
        params: IdParams,
        response: { 200: StaffRequestResponse, ...errors },
      },
      onRequest,
    },
    async (request) => staffView.forTicket(request.params.id, request.user!, false),
  );

  app.post(
    '/tickets/:id/request/reveal',
    {
      schema: {
        tags,
        description:
          'The same, unmasked; written to the audit log (entity citizen, action reveal) when the citizen asked to hide.',
        params: IdParams,
        response: { 200: StaffRequestResponse, ...errors },
      },
      onRequest,
    },
    async (request) => staffView.forTicket(request.params.id, request.user!, true),
  );
};
