// What the portal page needs to know about this hub before anyone logs in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { route } from '../route.js';
import { publicBase } from '../../portal/context.js';
import type { RouteDeps } from '../context.js';

export const portalInfoRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: deps }) => {
  // LINE Login needs OSS_PUBLIC_URL for its callback: without it the button is not offered.
  const lineLogin = deps.lineLogin.enabled && publicBase(deps) !== null;
  route(app, routes.portalInfo, {}, async () => ({
    lineLogin,
  }));
};
