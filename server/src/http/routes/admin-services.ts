// Admin: services (admin role).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdminServiceResponse, AdminServicesResponse, IdParams, ServiceCreateBody, ServicePatchBody } from '@oss/shared';
import { z } from 'zod';
import { requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

export const adminServiceRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');
  const tags = ['admin'];

  app.get(
    '/admin/services',
    { schema: { tags, response: { 200: AdminServicesResponse, ...adminErrors } }, onRequest },
    async () => ({
      services: admin.services.list(),
    }),
  );

  app.post(
    '/admin/services',
    { schema: { tags, body: ServiceCreateBody, response: { 201: AdminServiceResponse, ...adminErrors } }, onRequest },
    async (request, reply) => reply.status(201).send({ service: admin.services.create(request.body, request.user!) }),
  );

  app.get(
    '/admin/services/:id',
    { schema: { tags, params: IdParams, response: { 200: AdminServiceResponse, ...adminErrors } }, onRequest },
    async (request) => ({ service: admin.services.get(request.params.id) }),
  );

  app.patch(
    '/admin/services/:id',
    {
      schema: { tags, params: IdParams, body: ServicePatchBody, response: { 200: AdminServiceResponse, ...adminErrors } },
      onRequest,
    },
    async (request) => ({ service: admin.services.update(request.params.id, request.body, request.user!) }),
  );

  app.delete(
    '/admin/services/:id',
    {
      schema: {
        tags,
        description:
          'Deletes a service no ticket was ever issued for; otherwise 409 service-has-tickets (deactivate it instead).',
        params: IdParams,
        response: { 204: z.null(), ...adminErrors },
      },
      onRequest,
    },
    async (request, reply) => {
      admin.services.remove(request.params.id, request.user!);
      return reply.status(204).send(null);
    },
  );
};
