// Admin: office settings, terms and privacy notice versions, the audit log (admin role); the
// current terms for anyone (the citizen portal shows them before consent).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AuditQuery,
  AuditResponse,
  ErrorBody,
  SettingsPatchBody,
  SettingsResponse,
  TermsCreateBody,
  TermsListResponse,
  TermsResponse,
} from '@oss/shared';
import { requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

export const adminSettingsRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');
  const tags = ['admin'];

  app.get(
    '/admin/settings',
    {
      schema: {
        tags,
        description: 'Office, LINE and mail settings. Secrets are never returned: only {set: true|false}.',
        response: { 200: SettingsResponse, ...adminErrors },
      },
      onRequest,
    },
    async () => admin.settings.view(),
  );

  app.patch(
    '/admin/settings',
    {
      schema: {
        tags,
        description: 'Changes only the fields given; a secret set to null is cleared. Office changes make the screens refresh.',
        body: SettingsPatchBody,
        response: { 200: SettingsResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => admin.settings.update(request.body, request.user!),
  );

  app.get('/admin/terms', { schema: { tags, response: { 200: TermsListResponse, ...adminErrors } }, onRequest }, async () => ({
    versions: admin.settings.terms(),
  }));

  app.post(
    '/admin/terms',
    {
      schema: {
        tags,
        description: 'Adds a new version; it becomes the current one.',
        body: TermsCreateBody,
        response: { 201: TermsResponse, ...adminErrors },
      },
      onRequest,
      // Terms in two languages outgrow the default 64 KiB (Thai is 3 bytes a character in UTF-8).
      bodyLimit: 1024 * 1024,
    },
    async (request, reply) => reply.status(201).send({ terms: admin.settings.addTerms(request.body, request.user!) }),
  );

  app.get(
    '/terms/current',
    {
      schema: {
        tags: ['public'],
        description: 'The current terms and privacy notice; 404 terms-not-found before an admin sets one.',
        response: { 200: TermsResponse, 404: ErrorBody },
      },
    },
    async () => ({ terms: admin.settings.currentTerms() }),
  );

  app.get(
    '/admin/audit',
    {
      schema: {
        tags,
        description: 'Newest first. Page with ?before=<nextBefore of the previous page>; filter with ?entity=.',
        querystring: AuditQuery,
        response: { 200: AuditResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => admin.audit.page(request.query),
  );
};
