// Admin: staff accounts (admin role). Users are never deleted: PATCH {"active": false}.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdminUserResponse, AdminUsersResponse, IdParams, UserCreateBody, UserPatchBody } from '@oss/shared';
import { requestTokenHash, requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

export const adminUserRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');
  const tags = ['admin'];

  app.get('/admin/users', { schema: { tags, response: { 200: AdminUsersResponse, ...adminErrors } }, onRequest }, async () => ({
    users: admin.users.list(),
  }));

  app.post(
    '/admin/users',
    { schema: { tags, body: UserCreateBody, response: { 201: AdminUserResponse, ...adminErrors } }, onRequest },
    async (request, reply) => reply.status(201).send({ user: await admin.users.create(request.body, request.user!) }),
  );

  app.get(
    '/admin/users/:id',
    { schema: { tags, params: IdParams, response: { 200: AdminUserResponse, ...adminErrors } }, onRequest },
    async (request) => ({ user: admin.users.get(request.params.id) }),
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        description:
          'Changes name, role, active or password. A password resets it and ends the user’s sessions; deactivating ends them too. 409 last-admin when it would leave no active admin.',
        params: IdParams,
        body: UserPatchBody,
        response: { 200: AdminUserResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => ({
      user: await admin.users.update(request.params.id, request.body, request.user!, requestTokenHash(request)),
    }),
  );
};
