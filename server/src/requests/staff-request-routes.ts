// Staff: a ticket's request from the portal, with its documents; masked when the citizen asked,
// unless revealed (which is audited).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams, StaffRequestResponse } from '@oss/shared';
import { requireRole } from '../http/context.js';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['staff'];

export const staffRequestRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { staffSessions, staffView }) => {
  const preHandler = requireRole(staffSessions, 'staff');

  app.get(
    '/tickets/:id/request',
    {
      schema: {
        tags,
        description:
          "The citizen's request behind a ticket (404 request-not-found for walk-ins). Masked if the citizen chose to hide personal data.",
        params: IdParams,
        response: { 200: StaffRequestResponse, ...errors },
      },
      preHandler,
    },
    async (request) => staffView.forTicket(request.params.id, null),
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
      preHandler,
    },
    async (request) => staffView.forTicket(request.params.id, { staffId: request.user!.id }),
  );
};
