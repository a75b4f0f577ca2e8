// The citizen portal's routes in one plugin (docs/portal.md): they share the citizen login's
// request field and the per-account limit on changes, which stay inside this plugin.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../context.js';
import { bookingRoutes } from './bookings.js';
import { accountRoutes } from './citizen-accounts.js';
import { citizenIdRoutes } from './citizen-ids.js';
import { feedbackRoutes } from './feedback.js';
import { lineLoginRoutes } from './line-login.js';
import { resetRoutes } from './password-reset.js';
import { portalInfoRoutes } from './portal-info.js';
import { requestRoutes } from './requests.js';
import { staffRequestRoutes } from './staff-requests.js';
import { uploadRoutes } from './uploads.js';

export const portalRoutes: FastifyPluginAsyncZod<RouteDeps> = async (api, deps) => {
  const routeDeps = deps.portal;
  api.decorateRequest('citizen', null);
  // Per account, from any address: what a logged-in citizen changes (after the route's login
  // check has run, before the body is read). The contact details are where reset mails go.
  api.addHook('preParsing', async (request) => {
    const citizen = request.citizen;
    if (!citizen || request.method === 'GET' || request.method === 'HEAD') return;
    const account = String(citizen.id);
    routeDeps.limits.changes.hit(account, 'changes from this account');
    if (request.method === 'PATCH' && request.routeOptions.url?.endsWith('/citizens/me')) {
      routeDeps.limits.profile.hit(account, 'profile changes');
    }
  });
  for (const plugin of [
    portalInfoRoutes,
    accountRoutes,
    resetRoutes,
    lineLoginRoutes,
    requestRoutes,
    uploadRoutes,
    bookingRoutes,
    staffRequestRoutes,
    citizenIdRoutes,
    feedbackRoutes,
  ]) {
    await api.register(plugin, deps);
  }
};
