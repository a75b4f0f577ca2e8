// Reports (supervisor and admin) and a staff member's own figures for today.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeStatsResponse, ReportQuery, ReportSummary } from '@oss/shared';
import { z } from 'zod';
import { reportFileName, summaryCsv } from '../../reports/csv.js';
import { requestTokenHash, requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

export const reportRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions }) => {
  const supervisor = requireRole(sessions, 'supervisor');
  const tags = ['reports'];
  const range = (q: ReportQuery) => ({ from: q.from, to: q.to ?? q.from });

  app.get(
    '/reports/summary',
    {
      schema: {
        tags,
        description: 'Business days from..to (inclusive, at most 366; to defaults to from), in the office’s time zone.',
        querystring: ReportQuery,
        response: { 200: ReportSummary, ...adminErrors },
      },
      onRequest: supervisor,
    },
    async (request) => {
      const { from, to } = range(request.query);
      return admin.reports.summary(from, to);
    },
  );

  app.get(
    '/reports/summary.csv',
    {
      schema: {
        tags,
        description: 'The same report as CSV for Excel: UTF-8 with BOM, CRLF, quoted fields, every comment.',
        querystring: ReportQuery,
        response: { 200: { description: 'The report as CSV', content: { 'text/csv': { schema: z.string() } } }, ...adminErrors },
      },
      onRequest: supervisor,
    },
    async (request, reply) => {
      const { from, to } = range(request.query);
      const report = admin.reports.summary(from, to, Number.MAX_SAFE_INTEGER);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${reportFileName(report)}"`)
        .send(summaryCsv(report, admin.reports.officeName()));
    },
  );

  app.get(
    '/me/stats',
    {
      schema: {
        tags,
        description: 'The logged-in user’s own figures for today.',
        response: { 200: MeStatsResponse, ...adminErrors },
      },
      onRequest: requireRole(sessions, 'staff'),
    },
    async (request) => admin.reports.meToday(request.user!.id, requestTokenHash(request)),
  );
};
