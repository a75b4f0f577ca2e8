// GET /api/v1/line/status (supervisors and admins): is LINE on, what waits in the outbox, the last
// delivery problem, and the monthly quota with a warning when it runs low.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const lineStatusRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { sessions, lineStatus: status }) => {
  route(app, routes.lineStatus, { onRequest: requireRole(sessions, 'supervisor') }, async () => status());
};
