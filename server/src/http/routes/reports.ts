// Reports (supervisor and admin) and a staff member's own figures for today.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes, type ReportQuery } from '@oss/shared';
import { reportFileName, summaryCsv } from '../../reports/csv.js';
import { requestTokenHash, requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions }) => {
  const supervisor = requireRole(sessions, 'supervisor');
  const range = (q: ReportQuery) => ({ from: q.from, to: q.to ?? q.from });

  route(app, routes.reportSummary, { onRequest: supervisor }, async (request) => {
    const { from, to } = range(request.query);
    return admin.reports.summary(from, to);
  });

  route(app, routes.reportCsv, { onRequest: supervisor }, async (request, reply) => {
    const { from, to } = range(request.query);
    const report = admin.reports.summary(from, to, Number.MAX_SAFE_INTEGER);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${reportFileName(report)}"`)
      .send(summaryCsv(report, admin.reports.officeName()));
  });

  route(app, routes.meStats, { onRequest: requireRole(sessions, 'staff') }, async (request) =>
    admin.reports.meToday(request.user!.id, requestTokenHash(request)),
  );
};
