// Forgot password: ask for a link by e-mail (same answer for every address), then set a new
// password with the link's token.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { route } from '../route.js';
import type { RouteDeps } from '../context.js';

export const resetRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: deps }) => {
  const { reset, limits } = deps;

  route(app, routes.passwordReset, {}, async (request, reply) => {
    limits.reset.hit(request.ip);
    limits.resetEmail.hit(request.body.email.toLowerCase());
    reset.request(request.body.email);
    return reply.status(202).send({ accepted: true as const });
  });

  route(app, routes.passwordResetConfirm, {}, async (request) => {
    limits.reset.hit(request.ip);
    await reset.confirm(request.body.token, request.body.password);
    return {};
  });
};
