// Admin: office settings, terms and privacy notice versions, the audit log (admin role); the
// current terms for anyone (the citizen portal shows them before consent).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const adminSettingsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');

  route(app, routes.settings, { onRequest }, async () => admin.settings.view());

  route(app, routes.updateSettings, { onRequest }, async (request) => admin.settings.update(request.body, request.user!));

  route(app, routes.listTerms, { onRequest }, async () => ({
    versions: admin.settings.terms(),
  }));

  route(
    app,
    routes.addTerms,
    {
      onRequest,
      // Terms in two languages outgrow the default 64 KiB (Thai is 3 bytes a character in UTF-8).
      bodyLimit: 1024 * 1024,
    },
    async (request, reply) => reply.status(201).send({ terms: admin.settings.addTerms(request.body, request.user!) }),
  );

  route(app, routes.currentTerms, {}, async () => ({ terms: admin.settings.currentTerms() }));

  route(app, routes.audit, { onRequest }, async (request) => admin.audit.page(request.query));
};
