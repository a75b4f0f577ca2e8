// GET /api/v1/line/status (supervisors and admins): is LINE on, what waits in the outbox, the last
// delivery problem, and the monthly quota with a warning when it runs low.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes, type LineStatusResponse } from '@oss/shared';
import type { Sessions } from '../auth/sessions.js';
import { requireRole } from '../http/context.js';
import { route } from '../http/route.js';

export interface LineStatusDeps {
  sessions: Sessions;
  status: () => LineStatusResponse;
}

export const lineStatusRoutes: FastifyPluginAsyncZod<LineStatusDeps> = async (app, { sessions, status }) => {
  route(app, routes.lineStatus, { onRequest: requireRole(sessions, 'supervisor') }, async () => status());
};
