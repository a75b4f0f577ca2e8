// A citizen's service requests: create, list, read, submit, take a same-day ticket, cancel.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams, RequestCreateBody, RequestResponse, RequestsResponse, TicketResponse } from '@oss/shared';
import type { PortalRouteDeps } from '../portal/context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['citizens'];

export const requestRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { sessions, requests }) => {
  const onRequest = sessions.require();

  app.get('/requests', { schema: { tags, response: { 200: RequestsResponse, ...errors } }, onRequest }, async (request) => ({
    requests: requests.list(request.citizen!),
  }));

  app.post(
    '/requests',
    {
      schema: {
        tags,
        description: 'A new request (draft) for a service; needs consent to the current terms (409 consent-required).',
        body: RequestCreateBody,
        response: { 201: RequestResponse, ...errors },
      },
      onRequest,
    },
    async (request, reply) => reply.status(201).send({ request: requests.create(request.citizen!, request.body) }),
  );

  app.get(
    '/requests/:id',
    { schema: { tags, params: IdParams, response: { 200: RequestResponse, ...errors } }, onRequest },
    async (request) => ({ request: requests.view(requests.own(request.citizen!, request.params.id)) }),
  );

  app.post(
    '/requests/:id/submit',
    { schema: { tags, params: IdParams, response: { 200: RequestResponse, ...errors } }, onRequest },
    async (request) => ({ request: requests.submit(request.citizen!, request.params.id) }),
  );

  app.post(
    '/requests/:id/ticket',
    {
      schema: {
        tags,
        description:
          "A ticket in today's queue for a submitted request (channel web), like POST /tickets but tied to the request.",
        params: IdParams,
        response: { 201: RequestResponse.extend(TicketResponse.shape), ...errors },
      },
      onRequest,
    },
    async (request, reply) => reply.status(201).send(requests.sameDayTicket(request.citizen!, request.params.id)),
  );

  app.post(
    '/requests/:id/cancel',
    {
      schema: {
        tags,
        description: 'Withdraws the request, its booking and a ticket still waiting.',
        params: IdParams,
        response: { 200: RequestResponse, ...errors },
      },
      onRequest,
    },
    async (request) => ({ request: requests.cancel(request.citizen!, request.params.id) }),
  );
};
