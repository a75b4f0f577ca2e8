import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { bearerToken } from '../../auth/sessions.js';
import { publicUser } from '../../users/user-repo.js';
import { requestTokenHash, requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { sessions, signIns }) => {
  route(app, routes.login, {}, async (request) => sessions.login(request.body.username, request.body.password));

  route(app, routes.me, { onRequest: requireRole(sessions, 'staff') }, async (request) => ({ user: publicUser(request.user!) }));

  route(app, routes.logout, { onRequest: requireRole(sessions, 'staff') }, async (request) => {
    // Free the counter first, so the screens hear that nobody is signed in there any more.
    signIns.releaseLogin(requestTokenHash(request), request.user!);
    sessions.logout(bearerToken(request.headers.authorization)!);
    return {};
  });
};
