// A supervisor sets the citizen ID of the account behind a ticket's request, from the ID card the
// citizen shows at the counter: the only way to change an ID once given (citizen-id-check.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CitizenIdBody, CitizenIdResponse, ErrorBody, IdParams } from '@oss/shared';
import { requireRole } from '../http/context.js';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const citizenIdRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { staffSessions, citizenIds }) => {
  app.put(
    '/tickets/:id/request/citizen-id',
    {
      schema: {
        tags: ['staff'],
        description:
          "Sets the citizen ID of the request's account from the ID card, verified (supervisor; audited as citizen-id-verify). " +
          '409 citizen-id-taken when another account has this number verified.',
        params: IdParams,
        body: CitizenIdBody,
        response: { 200: CitizenIdResponse, ...errors },
      },
      onRequest: requireRole(staffSessions, 'supervisor'),
    },
    async (request) => ({ citizen: citizenIds.verifyForTicket(request.params.id, request.body.citizenId, request.user!.id) }),
  );
};
