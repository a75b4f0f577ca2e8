// Admin: counters (admin role), and signing in at a counter (staff).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AdminCounterResponse,
  AdminCountersResponse,
  CounterCreateBody,
  CounterDeleteResponse,
  CounterPatchBody,
  CounterResponse,
  CounterSignInBody,
  IdParams,
} from '@oss/shared';
import { requestTokenHash, requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

export const adminCounterRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions, queue }) => {
  const onRequest = requireRole(sessions, 'admin');
  const tags = ['admin'];
  const counterView = (id: number) => ({ counter: queue.counterViews().find((c) => c.id === id)! });

  app.get(
    '/admin/counters',
    { schema: { tags, response: { 200: AdminCountersResponse, ...adminErrors } }, onRequest },
    async () => ({
      counters: admin.counters.list(),
    }),
  );

  app.post(
    '/admin/counters',
    { schema: { tags, body: CounterCreateBody, response: { 201: AdminCounterResponse, ...adminErrors } }, onRequest },
    async (request, reply) => reply.status(201).send({ counter: admin.counters.create(request.body, request.user!) }),
  );

  app.get(
    '/admin/counters/:id',
    { schema: { tags, params: IdParams, response: { 200: AdminCounterResponse, ...adminErrors } }, onRequest },
    async (request) => ({ counter: admin.counters.get(request.params.id) }),
  );

  app.patch(
    '/admin/counters/:id',
    {
      schema: { tags, params: IdParams, body: CounterPatchBody, response: { 200: AdminCounterResponse, ...adminErrors } },
      onRequest,
    },
    async (request) => ({ counter: admin.counters.update(request.params.id, request.body, request.user!) }),
  );

  app.delete(
    '/admin/counters/:id',
    {
      schema: {
        tags,
        description:
          'Deletes a counter nothing refers to; one with history is archived (hidden, history kept). 409 counter-busy while a ticket is at it.',
        params: IdParams,
        response: { 200: CounterDeleteResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => ({ result: admin.counters.remove(request.params.id, request.user!) }),
  );

  const staff = requireRole(sessions, 'staff');

  app.post(
    '/counters/:id/sign-in',
    {
      schema: {
        tags: ['counters'],
        description:
          'Claims the counter for this login (one counter per login). 409 counter-in-use names who holds it; a supervisor or admin may take over with {"force": true}.',
        params: IdParams,
        body: CounterSignInBody,
        response: { 200: CounterResponse, ...adminErrors },
      },
      onRequest: staff,
    },
    async (request) => {
      admin.signIns.signIn(request.params.id, request.user!, requestTokenHash(request), request.body?.force ?? false);
      return counterView(request.params.id);
    },
  );

  app.post(
    '/counters/:id/sign-out',
    {
      schema: {
        tags: ['counters'],
        description: 'Leaves the counter; only its holder (or a supervisor) may. Logging out also signs out.',
        params: IdParams,
        response: { 200: CounterResponse, ...adminErrors },
      },
      onRequest: staff,
    },
    async (request) => {
      admin.signIns.signOut(request.params.id, request.user!);
      return counterView(request.params.id);
    },
  );
};
