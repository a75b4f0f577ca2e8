// A citizen's service requests: create, list, read, submit, take a same-day ticket, cancel.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { route } from '../route.js';
import type { RouteDeps } from '../context.js';

export const requestRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: { sessions, requests } }) => {
  const onRequest = sessions.require();

  route(app, routes.requests, { onRequest }, async (request) => ({
    requests: requests.list(request.citizen!),
  }));

  route(app, routes.createRequest, { onRequest }, async (request, reply) =>
    reply.status(201).send({ request: requests.create(request.citizen!, request.body) }),
  );

  route(app, routes.request, { onRequest }, async (request) => ({
    request: requests.view(requests.own(request.citizen!, request.params.id)),
  }));

  route(app, routes.submitRequest, { onRequest }, async (request) => ({
    request: requests.submit(request.citizen!, request.params.id),
  }));

  route(app, routes.requestTicket, { onRequest }, async (request, reply) =>
    reply.status(201).send(requests.sameDayTicket(request.citizen!, request.params.id)),
  );

  route(app, routes.cancelRequest, { onRequest }, async (request) => ({
    request: requests.cancel(request.citizen!, request.params.id),
  }));
};
