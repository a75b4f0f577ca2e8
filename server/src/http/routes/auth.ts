import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, LoginBody, LoginResponse, MeResponse } from '@oss/shared';
import { z } from 'zod';
import { bearerToken } from '../../auth/sessions.js';
import { publicUser } from '../../users/user-repo.js';
import { requestTokenHash, requireRole, type RouteDeps } from '../context.js';

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { sessions, signIns }) => {
  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, 401: ErrorBody } } },
    async (request) => sessions.login(request.body.username, request.body.password),
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], response: { 200: MeResponse, 401: ErrorBody } }, onRequest: requireRole(sessions, 'staff') },
    async (request) => ({ user: publicUser(request.user!) }),
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 200: z.object({}), 401: ErrorBody } }, onRequest: requireRole(sessions, 'staff') },
    async (request) => {
      // Free the counter first, so the screens hear that nobody is signed in there any more.
      signIns.releaseLogin(requestTokenHash(request), request.user!);
      sessions.logout(bearerToken(request.headers.authorization)!);
      return {};
    },
  );
};
