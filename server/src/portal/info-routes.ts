// What the portal page needs to know about this hub before anyone logs in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { route } from '../http/route.js';
import { publicBase, type PortalRouteDeps } from './context.js';

export const portalInfoRoutes: FastifyPluginAsyncZod<PortalRouteDeps> = async (app, deps) => {
  // LINE Login needs OSS_PUBLIC_URL for its callback: without it the button is not offered.
  const lineLogin = deps.lineLogin.enabled && publicBase(deps) !== null;
  route(app, routes.portalInfo, {}, async () => ({
    lineLogin,
  }));
};
