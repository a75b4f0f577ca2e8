// GET /api/v1/line/status (supervisors and admins): is LINE on, what waits in the outbox, the last
// delivery problem, and the monthly quota with a warning when it runs low.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, LineStatusResponse } from '@oss/shared';
import type { Sessions } from '../auth/sessions.js';
import { requireRole } from '../http/context.js';

export interface LineStatusDeps {
  sessions: Sessions;
  status: () => LineStatusResponse;
}

export const lineStatusRoutes: FastifyPluginAsyncZod<LineStatusDeps> = async (app, { sessions, status }) => {
  app.get(
    '/status',
    {
      schema: { tags: ['line'], response: { 200: LineStatusResponse, 401: ErrorBody, 403: ErrorBody } },
      onRequest: requireRole(sessions, 'supervisor'),
    },
    async () => status(),
  );
};
