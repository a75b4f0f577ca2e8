// What the portal page needs to know about this hub before anyone logs in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PortalInfoResponse } from '@oss/shared';
import type { PortalRouteDeps } from './context.js';

export const portalInfoRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, { lineLogin }) => {
  app.get('/citizens/portal-info', { schema: { tags: ['citizens'], response: { 200: PortalInfoResponse } } }, async () => ({
    lineLogin: lineLogin.enabled,
  }));
};
