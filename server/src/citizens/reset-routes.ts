// Forgot password: ask for a link by e-mail (same answer for every address), then set a new
// password with the link's token.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AcceptedResponse, ErrorBody, PasswordResetConfirmBody, PasswordResetRequestBody } from '@oss/shared';
import { z } from 'zod';
import type { PortalRouteDeps } from '../portal/context.js';

const tags = ['citizens'];

export const resetRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, deps) => {
  const { reset, limits } = deps;

  app.post(
    '/citizens/password-reset',
    {
      schema: {
        tags,
        description:
          'Mails a single-use reset link (30 min) to each account with this address. The answer is 202 whether or not one exists; without OSS_PUBLIC_URL no link is sent.',
        body: PasswordResetRequestBody,
        response: { 202: AcceptedResponse, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      limits.reset.hit(request.ip);
      limits.resetEmail.hit(request.body.email.toLowerCase());
      reset.request(request.body.email);
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/citizens/password-reset/confirm',
    {
      schema: {
        tags,
        description: 'Sets a new password with the token from the mail; the token then stops working and every login ends.',
        body: PasswordResetConfirmBody,
        response: { 200: z.object({}), 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      limits.reset.hit(request.ip);
      await reset.confirm(request.body.token, request.body.password);
      return {};
    },
  );
};
